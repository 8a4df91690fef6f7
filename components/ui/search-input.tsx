import { Search } from "lucide-react";
import type { InputHTMLAttributes } from "react";
import { cn } from "@/lib/ui/cn";
import { Input } from "./input";

/** A text input with a magnifier inside it: the search box above a list. `aria-label` names it,
 * since it has no visible label. */
export function SearchInput({ className, ...props }: InputHTMLAttributes<HTMLInputElement> & { "aria-label": string }) {
  return (
    <div className={cn("relative w-full sm:w-80", className)}>
      <Search className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-muted-foreground" aria-hidden />
      <Input type="search" {...props} className="pl-8" />
    </div>
  );
}
