import { Check } from "lucide-react";
import Link from "next/link";
import { Card } from "@/components/ui/card";
import type { ChecklistStep } from "@/lib/overview/checklist";
import { cn } from "@/lib/ui/cn";

/** From a fresh install to a decision, step by step; gone once every step is done. */
export function FirstRunChecklist({ steps }: { steps: ChecklistStep[] }) {
  const done = steps.filter((step) => step.done).length;
  if (done === steps.length) return null;
  return (
    <Card className="px-5 py-4" aria-labelledby="checklist-title" data-testid="first-run-checklist" role="region">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="checklist-title" className="text-sm font-semibold text-foreground">
          Getting started
        </h2>
        <span className="text-xs text-muted-foreground tabular-nums">
          {done} of {steps.length} done
        </span>
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-muted" aria-hidden>
        <div className="h-full rounded-full bg-primary transition-all" style={{ width: `${(done / steps.length) * 100}%` }} />
      </div>
      <ol className="mt-3 grid gap-1 sm:grid-cols-2 lg:grid-cols-3">
        {steps.map((step, index) => (
          <li key={step.key} data-done={step.done || undefined}>
            <Link
              href={step.href}
              className={cn("flex gap-2.5 rounded-md px-2 py-2 outline-none hover:bg-muted/60 focus-visible:ring-2 focus-visible:ring-ring", step.done && "text-muted-foreground")}
            >
              <span
                className={cn(
                  "mt-0.5 flex size-5 shrink-0 items-center justify-center rounded-full text-xs font-semibold",
                  step.done ? "bg-emerald-100 text-emerald-700 dark:bg-emerald-500/15 dark:text-emerald-300" : "bg-accent text-accent-foreground",
                )}
                aria-label={step.done ? "done" : `step ${index + 1}`}
              >
                {step.done ? <Check className="size-3.5" aria-hidden /> : index + 1}
              </span>
              <span className="min-w-0">
                <span className={cn("block text-sm font-medium", step.done ? "line-through" : "text-foreground")}>{step.label}</span>
                <span className="block text-xs text-muted-foreground">{step.hint}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </Card>
  );
}
