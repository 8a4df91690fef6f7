import Link from "next/link";
import type { ReactNode } from "react";

/** What a page shows when it has nothing yet: what will be here, and how to get there. */
export function EmptyState({
  icon,
  title,
  children,
  action,
}: {
  icon: ReactNode;
  title: string;
  children: ReactNode;
  action?: { href: string; label: string };
}) {
  return (
    <div className="flex flex-col items-center rounded-lg border border-dashed border-zinc-300 bg-white px-6 py-16 text-center" data-testid="empty-state">
      <div className="text-4xl text-zinc-400" aria-hidden>
        {icon}
      </div>
      <h2 className="mt-4 text-base font-semibold text-zinc-900">{title}</h2>
      <div className="mt-2 max-w-md text-sm text-zinc-600">{children}</div>
      {action && (
        <Link href={action.href} className="mt-6 rounded-md bg-indigo-600 px-3 py-2 text-sm font-medium text-white hover:bg-indigo-500">
          {action.label}
        </Link>
      )}
    </div>
  );
}
