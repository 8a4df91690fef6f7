"use client";

import { useEffect, useState } from "react";
import type { CompletionMetrics } from "@/lib/completions/view";
import { formatTokenDetails } from "@/lib/metrics/token-details";
import { formatCost } from "@/lib/format/money";
import { formatMs, formatTokenRate as formatRate } from "@/lib/format/figures";

/** Live while streaming (a ticking clock from the browser, labelled as such), then the server's
 * own measurements once the answer is saved. */
export function MetricsLine({ metrics, streaming, since }: { metrics: CompletionMetrics | null; streaming: boolean; since?: number }) {
  const [now, setNow] = useState<number | null>(null);
  useEffect(() => {
    if (!streaming || since === undefined) return;
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [streaming, since]);

  if (!metrics) {
    const elapsed = since !== undefined && now !== null ? ` ${formatMs(Math.max(0, Math.round(now - since)))}` : "";
    return (
      <p className="text-xs text-muted-foreground" data-testid="metrics">
        {streaming ? `streaming…${elapsed}` : "—"}
      </p>
    );
  }
  const details = formatTokenDetails(metrics);
  const items: [string, string][] = [
    ["TTFT", formatMs(metrics.ttftMs)],
    ["total", formatMs(metrics.totalMs)],
    ["tokens", metrics.outputTokens === null ? "—" : `${metrics.inputTokens} → ${metrics.outputTokens}${metrics.tokensEstimated ? " (est.)" : ""}${details ? ` (${details})` : ""}`],
    ["speed", formatRate(metrics.tokensPerSecond)],
    ["cost", formatCost(metrics.costUsd, (metrics.inputTokens ?? 0) + (metrics.outputTokens ?? 0))],
  ];
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-muted-foreground" data-testid="metrics">
      {items.map(([label, value]) => (
        <div key={label} className="flex gap-1">
          <dt className="text-muted-foreground/70">{label}</dt>
          <dd className="font-medium text-foreground/80 tabular-nums" data-metric={label}>
            {value}
          </dd>
        </div>
      ))}
      {metrics.attempts > 1 && <span className="text-amber-700 dark:text-amber-400">{metrics.attempts} attempts</span>}
    </dl>
  );
}
