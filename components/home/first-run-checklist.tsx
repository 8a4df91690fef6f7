import Link from "next/link";
import type { ChecklistStep } from "@/lib/overview/checklist";

/** From a fresh install to a decision, step by step; gone once every step is done. */
export function FirstRunChecklist({ steps }: { steps: ChecklistStep[] }) {
  const done = steps.filter((step) => step.done).length;
  if (done === steps.length) return null;
  return (
    <section className="rounded-lg bg-white px-5 py-4 ring-1 ring-zinc-200" aria-labelledby="checklist-title" data-testid="first-run-checklist">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="checklist-title" className="text-sm font-semibold text-zinc-900">
          Getting started
        </h2>
        <span className="text-xs text-zinc-500 tabular-nums">
          {done} of {steps.length} done
        </span>
      </div>
      <div className="mt-2 h-1.5 overflow-hidden rounded-full bg-zinc-100" aria-hidden>
        <div className="h-full rounded-full bg-indigo-600" style={{ width: `${(done / steps.length) * 100}%` }} />
      </div>
      <ol className="mt-3 grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {steps.map((step, index) => (
          <li key={step.key} data-done={step.done || undefined}>
            <Link href={step.href} className={`flex gap-2.5 rounded-md px-2 py-1.5 hover:bg-zinc-50 ${step.done ? "text-zinc-400" : ""}`}>
              <span
                className={`mt-0.5 flex h-5 w-5 shrink-0 items-center justify-center rounded-full text-xs font-semibold ${step.done ? "bg-emerald-100 text-emerald-700" : "bg-indigo-50 text-indigo-700"}`}
                aria-label={step.done ? "done" : `step ${index + 1}`}
              >
                {step.done ? "✓" : index + 1}
              </span>
              <span>
                <span className={`block text-sm font-medium ${step.done ? "line-through" : "text-zinc-900"}`}>{step.label}</span>
                <span className="block text-xs text-zinc-500">{step.hint}</span>
              </span>
            </Link>
          </li>
        ))}
      </ol>
    </section>
  );
}
