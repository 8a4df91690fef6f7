import Link from "next/link";
import { hasRole, type AuthUser } from "@/lib/auth/roles";
import { cn } from "@/lib/ui/cn";
import { activeNavHref, navSections } from "./nav-items";

/** The pages the user's role can use, grouped, with the current one marked. */
export function SidebarNav({ user, pathname }: { user: AuthUser; pathname: string }) {
  const activeHref = activeNavHref(pathname);
  return (
    <nav className="flex-1 space-y-5 overflow-y-auto px-3 py-2" aria-label="Main">
      {navSections.map((section) => {
        const visible = section.items.filter((item) => hasRole(user, item.minRole));
        if (visible.length === 0) return null;
        return (
          <div key={section.title || "top"}>
            {section.title && <p className="px-2 pb-1.5 text-[11px] font-semibold tracking-wider text-muted-foreground/80 uppercase">{section.title}</p>}
            <ul className="space-y-0.5">
              {visible.map((item) => {
                const active = item.href === activeHref;
                const Icon = item.icon;
                return (
                  <li key={item.href}>
                    <Link
                      href={item.href}
                      aria-current={active ? "page" : undefined}
                      className={cn(
                        "flex items-center gap-2.5 rounded-md px-2 py-1.5 text-sm transition-colors outline-none focus-visible:ring-2 focus-visible:ring-ring",
                        active ? "bg-accent font-medium text-accent-foreground" : "text-foreground/75 hover:bg-muted hover:text-foreground",
                      )}
                    >
                      <Icon className={cn("size-4 shrink-0", active ? "text-accent-foreground" : "text-muted-foreground")} aria-hidden />
                      {item.label}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        );
      })}
    </nav>
  );
}
