import type { ReactNode } from "react";
import { Logo } from "@/components/shell/logo";
import { ThemeSwitch } from "@/components/ui/theme-switch";

export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <main className="relative flex min-h-screen flex-col items-center justify-center bg-gradient-to-b from-accent/60 via-background to-background px-4 py-10">
      <ThemeSwitch className="absolute top-4 right-4" />
      <div className="w-full max-w-sm">
        <div className="mb-6 flex flex-col items-center gap-2 text-center">
          <Logo />
          <p className="text-sm text-muted-foreground">Compare LLM variants side by side, on evidence.</p>
        </div>
        {children}
      </div>
    </main>
  );
}
