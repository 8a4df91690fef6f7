"use client";

import { Plus, X } from "lucide-react";
import type { ReactNode } from "react";
import { Button } from "../ui/button";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { Tabs, TabsList, TabsTrigger } from "../ui/tabs";
import type { PolicyDraft, PolicyKind, RuleDraft } from "./routing-draft";

/** Checkboxes stay native (the kit has none); this gives them the theme's accent and size. */
const checkbox = "size-4 rounded border-input accent-primary";

const kinds: Array<{ kind: PolicyKind; label: string; hint: string }> = [
  { kind: "cascade", label: "Cascade", hint: "Call a cheap variant first; call the next one when the answer fails, scores low or errors." },
  { kind: "fallback", label: "Fallback", hint: "Call the primary; on an error (or a call slower than the timeout) call the fallbacks in turn." },
  { kind: "route", label: "Route", hint: "Send each case to one variant by its tags or a regex on its input; the rest to the default." },
];

function VariantSelect({ label, value, variants, onChange }: { label: string; value: string; variants: string[]; onChange: (value: string) => void }) {
  // A saved policy may name a variant this run lacks: it stays visible so the API can say so.
  const options = variants.includes(value) || value === "" ? variants : [value, ...variants];
  return (
    <NativeSelect aria-label={label} className="w-auto min-w-44" value={value} onChange={(event) => onChange(event.target.value)}>
      {options.map((name) => (
        <option key={name} value={name}>
          {name}
        </option>
      ))}
    </NativeSelect>
  );
}

/** An ordered list of variants (cascade steps, fallbacks) with add and remove. */
function VariantList({ label, values, variants, min, onChange }: { label: string; values: string[]; variants: string[]; min: number; onChange: (values: string[]) => void }) {
  return (
    <ol className="space-y-2">
      {values.map((value, at) => (
        <li key={at} className="flex items-center gap-2">
          <span className="w-6 text-right text-xs text-muted-foreground tabular-nums">{at + 1}.</span>
          <VariantSelect label={`${label} ${at + 1}`} value={value} variants={variants} onChange={(next) => onChange(values.map((old, k) => (k === at ? next : old)))} />
          {values.length > min && (
            <Button variant="ghost" size="icon-sm" aria-label={`Remove ${label.toLowerCase()} ${at + 1}`} title="Remove" onClick={() => onChange(values.filter((_, k) => k !== at))}>
              <X aria-hidden />
            </Button>
          )}
        </li>
      ))}
      <li>
        <Button variant="outline" size="sm" onClick={() => onChange([...values, variants[0] ?? ""])}>
          <Plus aria-hidden /> Add {label.toLowerCase()}
        </Button>
      </li>
    </ol>
  );
}

const Row = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="flex flex-col gap-2 sm:flex-row sm:items-start sm:gap-3">
    <span className="text-sm font-medium text-foreground sm:w-36 sm:shrink-0 sm:pt-2">{label}</span>
    <div className="min-w-0 flex-1">{children}</div>
  </div>
);

function RuleRow({ rule, at, variants, onChange, onRemove }: { rule: RuleDraft; at: number; variants: string[]; onChange: (rule: RuleDraft) => void; onRemove: () => void }) {
  return (
    <li className="flex flex-wrap items-center gap-2">
      <NativeSelect aria-label={`Rule ${at + 1} matches`} className="w-auto min-w-48" value={rule.match} onChange={(event) => onChange({ ...rule, match: event.target.value as RuleDraft["match"] })}>
        <option value="tag">tag is</option>
        <option value="inputRegex">input matches regex</option>
      </NativeSelect>
      <Input aria-label={`Rule ${at + 1} value`} className="w-48 font-mono" value={rule.value} onChange={(event) => onChange({ ...rule, value: event.target.value })} />
      {rule.match === "inputRegex" && (
        <label className="flex items-center gap-1 text-xs text-muted-foreground">
          <input type="checkbox" className={checkbox} checked={rule.caseInsensitive} onChange={(event) => onChange({ ...rule, caseInsensitive: event.target.checked })} /> ignore case
        </label>
      )}
      <span className="text-sm text-muted-foreground">→</span>
      <VariantSelect label={`Rule ${at + 1} variant`} value={rule.variant} variants={variants} onChange={(variant) => onChange({ ...rule, variant })} />
      <Button variant="ghost" size="icon-sm" aria-label={`Remove rule ${at + 1}`} title="Remove this rule" onClick={onRemove}>
        <X aria-hidden />
      </Button>
    </li>
  );
}

/** The three kinds of policy, over the run's variant names. */
export function RoutingPolicyBuilder({ draft, variants, onChange }: { draft: PolicyDraft; variants: string[]; onChange: (draft: PolicyDraft) => void }) {
  const set = (patch: Partial<PolicyDraft>) => onChange({ ...draft, ...patch });
  return (
    <div className="space-y-4" data-testid="routing-builder">
      {/* Tabs, not content panels: each kind edits the same draft, shown below. */}
      <Tabs value={draft.kind} onValueChange={(kind) => set({ kind: kind as PolicyKind })} activationMode="manual">
        <TabsList aria-label="Policy kind">
          {kinds.map((entry) => (
            <TabsTrigger key={entry.kind} value={entry.kind}>
              {entry.label}
            </TabsTrigger>
          ))}
        </TabsList>
      </Tabs>
      <p className="text-sm text-muted-foreground">{kinds.find((entry) => entry.kind === draft.kind)?.hint}</p>
      {draft.kind === "cascade" && (
        <>
          <Row label="Steps, in order">
            <VariantList label="Step" values={draft.steps} variants={variants} min={2} onChange={(steps) => set({ steps })} />
          </Row>
          <Row label="Escalate when">
            <div className="flex flex-wrap items-center gap-4 text-sm text-foreground/80">
              <label className="flex items-center gap-1.5">
                <input type="checkbox" className={checkbox} checked={draft.escalateOnAssertionFails} onChange={(event) => set({ escalateOnAssertionFails: event.target.checked })} /> an assertion fails
              </label>
              <label className="flex items-center gap-1.5">
                <input type="checkbox" className={checkbox} checked={draft.escalateOnError} onChange={(event) => set({ escalateOnError: event.target.checked })} /> the call errors
              </label>
              <label className="flex items-center gap-1.5">
                the judge scores below
                <Input aria-label="Judge score threshold" inputMode="decimal" placeholder="off" className="w-16" value={draft.judgeScoreBelow} onChange={(event) => set({ judgeScoreBelow: event.target.value })} />
                <span className="text-xs text-muted-foreground">(1–5)</span>
              </label>
            </div>
          </Row>
        </>
      )}
      {draft.kind === "fallback" && (
        <>
          <Row label="Primary">
            <VariantSelect label="Primary" value={draft.primary} variants={variants} onChange={(primary) => set({ primary })} />
          </Row>
          <Row label="Fallbacks">
            <VariantList label="Fallback" values={draft.fallbacks} variants={variants} min={1} onChange={(fallbacks) => set({ fallbacks })} />
          </Row>
          <Row label="Fall back on">
            <div className="flex flex-wrap items-center gap-3 text-sm text-foreground/80">
              <NativeSelect aria-label="Fall back on" className="w-auto min-w-52" value={draft.on} onChange={(event) => set({ on: event.target.value as PolicyDraft["on"] })}>
                <option value="error">an error</option>
                <option value="timeout">an error or a timeout</option>
              </NativeSelect>
              {draft.on === "timeout" && (
                <label className="flex items-center gap-1.5">
                  after <Input aria-label="Timeout in ms" inputMode="numeric" className="w-24" value={draft.timeoutMs} onChange={(event) => set({ timeoutMs: event.target.value })} /> ms
                </label>
              )}
            </div>
          </Row>
        </>
      )}
      {draft.kind === "route" && (
        <>
          <Row label="Rules (first match)">
            <ol className="space-y-2">
              {draft.rules.map((rule, at) => (
                <RuleRow
                  key={at}
                  rule={rule}
                  at={at}
                  variants={variants}
                  onChange={(next) => set({ rules: draft.rules.map((old, k) => (k === at ? next : old)) })}
                  onRemove={() => set({ rules: draft.rules.filter((_, k) => k !== at) })}
                />
              ))}
              <li>
                <Button variant="outline" size="sm" onClick={() => set({ rules: [...draft.rules, { match: "tag", value: "", caseInsensitive: false, variant: variants[0] ?? "" }] })}>
                  <Plus aria-hidden /> Add rule
                </Button>
              </li>
            </ol>
          </Row>
          <Row label="Otherwise">
            <VariantSelect label="Default variant" value={draft.defaultVariant} variants={variants} onChange={(defaultVariant) => set({ defaultVariant })} />
          </Row>
        </>
      )}
    </div>
  );
}
