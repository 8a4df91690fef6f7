import type { LucideIcon } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { cn } from "@/lib/ui/cn";
import { Button } from "./button";

/** What a page shows when it has nothing yet: what will be here, and how to get there. `icon` is
 * a lucide icon (or any node); `action` a link or any node (a button that opens a dialog). */
export function EmptyState({
  icon: Icon,
  title,
  children,
  action,
  className,
}: {
  icon: LucideIcon | ReactNode;
  title: string;
  children?: ReactNode;
  action?: { href: string; label: string } | ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cn("flex flex-col items-center rounded-lg border border-dashed border-border bg-card px-6 py-14 text-center", className)}
      data-testid="empty-state"
    >
      <div className="flex size-12 items-center justify-center rounded-full bg-muted text-muted-foreground [&_svg]:size-6" aria-hidden>
        {isIcon(Icon) ? <Icon /> : Icon}
      </div>
      <h2 className="mt-4 text-base font-semibold text-foreground">{title}</h2>
      {children && <div className="mt-2 max-w-md text-sm text-muted-foreground">{children}</div>}
      {action && <div className="mt-6">{isLinkAction(action) ? <Button asChild><Link href={action.href}>{action.label}</Link></Button> : action}</div>}
    </div>
  );
}

function isIcon(icon: unknown): icon is LucideIcon {
  // lucide icons are forwardRef objects (or functions): components, not elements.
  return typeof icon === "function" || (typeof icon === "object" && icon !== null && "render" in icon);
}

function isLinkAction(action: unknown): action is { href: string; label: string } {
  return typeof action === "object" && action !== null && "href" in action && "label" in action && !("$$typeof" in action);
}
