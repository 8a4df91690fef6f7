"use client";

import { LogOut } from "lucide-react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ThemeSwitch } from "@/components/ui/theme-switch";
import { authApi } from "@/lib/api-client/auth";
import type { AuthUser } from "@/lib/auth/roles";

function initials(name: string) {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]!.toUpperCase())
    .join("");
}

/** Who is signed in, the theme switch and signing out, at the foot of the navigation. */
export function UserPanel({ user }: { user: AuthUser }) {
  const router = useRouter();

  async function logout() {
    await authApi().logout();
    router.replace("/login");
    router.refresh();
  }

  return (
    <div className="space-y-3 border-t border-border px-4 py-3 text-sm">
      <div className="flex items-center gap-2.5">
        <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-accent text-xs font-semibold text-accent-foreground" aria-hidden>
          {initials(user.name)}
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate font-medium text-foreground" data-testid="current-user">
            {user.name}
          </p>
          <p className="truncate text-xs text-muted-foreground" title={`${user.email} · ${user.role}`}>
            {user.email} · {user.role}
          </p>
        </div>
      </div>
      <div className="flex items-center justify-between gap-2">
        <ThemeSwitch />
        <Button variant="ghost" size="sm" onClick={logout}>
          <LogOut aria-hidden />
          Sign out
        </Button>
      </div>
    </div>
  );
}
