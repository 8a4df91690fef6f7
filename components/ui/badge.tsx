import { cva, type VariantProps } from "class-variance-authority";
import type { HTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";

export const badgeVariants = cva(
  // max-w-full + truncate: a long label ends in an ellipsis inside its cell instead of spilling
  // over the next column; the full text stays in the title.
  "inline-flex max-w-full min-w-0 items-center gap-1 rounded-md border px-2 py-0.5 text-xs font-medium whitespace-nowrap [&>svg]:size-3 [&>svg]:shrink-0",
  {
    variants: {
      variant: {
        default: "border-transparent bg-primary/10 text-primary dark:bg-primary/20",
        secondary: "border-transparent bg-secondary text-secondary-foreground",
        outline: "border-border text-foreground",
        success: "border-transparent bg-emerald-100 text-emerald-800 dark:bg-emerald-500/15 dark:text-emerald-300",
        warning: "border-transparent bg-amber-100 text-amber-800 dark:bg-amber-500/15 dark:text-amber-300",
        destructive: "border-transparent bg-red-100 text-red-800 dark:bg-red-500/15 dark:text-red-300",
        info: "border-transparent bg-sky-100 text-sky-800 dark:bg-sky-500/15 dark:text-sky-300",
      },
    },
    defaultVariants: { variant: "secondary" },
  },
);

export type BadgeProps = HTMLAttributes<HTMLSpanElement> & VariantProps<typeof badgeVariants>;

export function Badge({ className, variant, title, children, ...props }: BadgeProps) {
  // A plain-text badge titles itself, so a truncated label can still be read in full.
  const fullText = title ?? (typeof children === "string" ? children : undefined);
  return (
    <span data-slot="badge" className={cn(badgeVariants({ variant }), className)} title={fullText} {...props}>
      {typeof children === "string" ? <span className="truncate">{children}</span> : children}
    </span>
  );
}
