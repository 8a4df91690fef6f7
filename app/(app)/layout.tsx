import type { ReactNode } from "react";
import { AppShell } from "@/components/shell/app-shell";
import { WatchAlertBanner } from "@/components/watch/alert-banner";
import { hasRole } from "@/lib/auth/roles";
import { requireUser } from "../_server/require-user";

// Every page in (app) needs a signed-in user; pages that need more ask for it themselves.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  return (
    <AppShell user={user}>
      <WatchAlertBanner canAcknowledge={hasRole(user, "editor")} />
      {children}
    </AppShell>
  );
}
