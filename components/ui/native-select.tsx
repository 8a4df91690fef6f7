import { ChevronDown } from "lucide-react";
import type { SelectHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";
import { controlClasses } from "./input";

/** A plain <select> with the kit's look, for simple forms: it submits with the form, works
 * without JavaScript and is what tests can `selectOption` on. Use `Select` for richer pickers. */
export function NativeSelect({ className, children, ...props }: SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <div className={cn("relative w-full", className)}>
      <select className={cn(controlClasses, "h-9 appearance-none py-1.5 pr-8")} {...props}>
        {children}
      </select>
      <ChevronDown className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
    </div>
  );
}
