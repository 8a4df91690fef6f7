// Number formats for metrics, the same everywhere: defined once in lib/format/figures.ts (the CLI
// and the exports use them too); the compare components import them from here.
export { formatMs, formatUsd, formatTokenRate as formatRate } from "@/lib/format/figures";
