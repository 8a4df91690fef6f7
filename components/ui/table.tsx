import Link from "next/link";
import type { HTMLAttributes, ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

/** A table in a card that scrolls sideways on its own when it is wider than the page, so a
 * narrow screen never clips the last column (where the row actions usually are). */
export function Table({ className, containerClassName, ...props }: HTMLAttributes<HTMLTableElement> & { containerClassName?: string }) {
  return (
    <div className={cn("relative w-full overflow-x-auto rounded-lg border border-border bg-card", containerClassName)} data-slot="table-container">
      <table className={cn("w-full caption-bottom text-sm", className)} {...props} />
    </div>
  );
}

export function TableHeader({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cn("bg-muted/50 [&_tr]:border-b", className)} {...props} />;
}

export function TableBody({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody className={cn("[&_tr:last-child]:border-0", className)} {...props} />;
}

export function TableFooter({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <tfoot className={cn("border-t bg-muted/50 font-medium", className)} {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cn("border-b border-border transition-colors hover:bg-muted/40 data-[state=selected]:bg-muted", className)} {...props} />;
}

export function TableHead({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return (
    <th
      className={cn("h-10 px-4 text-left align-middle text-xs font-medium tracking-wide whitespace-nowrap text-muted-foreground uppercase", className)}
      {...props}
    />
  );
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cn("px-4 py-3 align-middle", className)} {...props} />;
}

/** The row that stands in for rows not there: "Loading…", "No … yet.", a filter matching nothing.
 * One muted, centred cell across the table's `colSpan` columns, without the hover of an item
 * (a whole page with nothing yet is an EmptyState instead of a table). */
export function TableMessage({ colSpan, children }: { colSpan: number; children: ReactNode }) {
  return (
    <TableRow className="hover:bg-transparent">
      <TableCell colSpan={colSpan} className="py-8 text-center text-muted-foreground">
        {children}
      </TableCell>
    </TableRow>
  );
}

export function TableCaption({ className, ...props }: HTMLAttributes<HTMLTableCaptionElement>) {
  return <caption className={cn("mt-3 text-sm text-muted-foreground", className)} {...props} />;
}

/** A list row's first cell: the item's name as a link (one line, the full name in its title) and
 * its description under it (two lines at most); `children` add lines beneath. The cell takes the
 * width the other columns leave. */
export function TableNameCell({ href, name, description, children }: { href: string; name: string; description?: string | null; children?: ReactNode }) {
  return (
    <TableCell className="max-w-0">
      <Link href={href} className="block truncate font-medium text-foreground hover:text-primary hover:underline" title={name}>
        {name}
      </Link>
      {description && <p className="mt-0.5 line-clamp-2 text-xs break-words text-muted-foreground">{description}</p>}
      {children}
    </TableCell>
  );
}
