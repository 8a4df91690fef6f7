"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import type { ReactNode } from "react";
import { apiFetch } from "@/lib/api/http-client";
import { hasRole, type AuthUser } from "@/lib/auth/roles";
import { navSections } from "./nav-items";

export function AppShell({ user, children }: { user: AuthUser; children: ReactNode }) {
  const pathname = usePathname();
  const router = useRouter();

  async function logout() {
    await apiFetch("/api/v1/auth/logout", { method: "POST" });
    router.replace("/login");
    router.refresh();
  }

  const activeHref = navSections
    .flatMap((section) => section.items.map((item) => item.href))
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .sort((a, b) => b.length - a.length)[0];
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-56 shrink-0 flex-col border-r border-zinc-200 bg-white">
        <Link href="/" className="px-5 py-4 text-lg font-bold tracking-tight text-zinc-900">
          Juxta<span className="text-indigo-600">.</span>
        </Link>
        <nav className="flex-1 space-y-5 px-3 py-2" aria-label="Main">
          {/* The deepest entry the page lies under is the current one (Reviewers, not Review). */}
          {navSections.map((section) => {
            const visible = section.items.filter((item) => hasRole(user, item.minRole));
            if (visible.length === 0) return null;
            return (
              <div key={section.title}>
                <p className="px-2 pb-1 text-xs font-semibold tracking-wide text-zinc-400 uppercase">{section.title}</p>
                {visible.map((item) => {
                  const active = item.href === activeHref;
                  return (
                    <Link
                      key={item.href}
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={`block rounded-md px-2 py-1.5 text-sm ${active ? "bg-indigo-50 font-medium text-indigo-700" : "text-zinc-700 hover:bg-zinc-100"}`}
                    >
                      {item.label}
                    </Link>
                  );
                })}
              </div>
            );
          })}
        </nav>
        <div className="border-t border-zinc-200 px-4 py-3 text-sm">
          <p className="truncate font-medium text-zinc-900" data-testid="current-user">
            {user.name}
          </p>
          <p className="truncate text-xs text-zinc-500">
            {user.email} · {user.role}
          </p>
          <button type="button" onClick={logout} className="mt-2 text-xs text-zinc-600 hover:text-zinc-900 hover:underline">
            Sign out
          </button>
        </div>
      </aside>
      <main className="min-w-0 flex-1 px-8 py-6">{children}</main>
    </div>
  );
}
