"use client";

import { Menu } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState, type ReactNode } from "react";
import { Button } from "@/components/ui/button";
import { Sheet, SheetContent, SheetDescription, SheetTitle, SheetTrigger } from "@/components/ui/sheet";
import type { AuthUser } from "@/lib/auth/roles";
import { Logo } from "./logo";
import { SidebarNav } from "./sidebar-nav";
import { UserPanel } from "./user-panel";

/** The signed-in frame: a sidebar on wide screens; on narrow ones a top bar whose menu button
 * opens the same navigation in a sheet (closed again when a link is followed). */
export function AppShell({ user, children }: { user: AuthUser; children: ReactNode }) {
  const pathname = usePathname();
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(pathname);
  // Following a link in the sheet changes the path: close the sheet (during render, not in an
  // effect, as React recommends for state derived from a prop).
  if (menuPath !== pathname) {
    setMenuPath(pathname);
    setMenuOpen(false);
  }

  return (
    <div className="min-h-screen lg:flex">
      {/* The aside runs the page's full height (its border and background); its content stays in view. */}
      <aside className="hidden w-60 shrink-0 border-r border-border bg-card lg:block">
        <div className="sticky top-0 flex h-screen flex-col">
          <div className="px-5 py-4">
            <Logo />
          </div>
          <SidebarNav user={user} pathname={pathname} />
          <UserPanel user={user} />
        </div>
      </aside>

      <header className="sticky top-0 z-40 flex h-14 items-center gap-2 border-b border-border bg-card/90 px-3 backdrop-blur lg:hidden">
        <Sheet open={menuOpen} onOpenChange={setMenuOpen}>
          <SheetTrigger asChild>
            <Button variant="ghost" size="icon" aria-label="Open navigation">
              <Menu className="size-5" />
            </Button>
          </SheetTrigger>
          <SheetContent>
            <SheetTitle className="px-5 py-4">
              <Logo />
            </SheetTitle>
            <SheetDescription className="sr-only">Pages of Juxta</SheetDescription>
            <SidebarNav user={user} pathname={pathname} />
            <UserPanel user={user} />
          </SheetContent>
        </Sheet>
        <Logo />
      </header>

      <main className="min-w-0 flex-1 px-4 py-5 sm:px-6 lg:px-8 lg:py-7">{children}</main>
    </div>
  );
}
