"use client";

import { useState } from "react";
import { Button } from "../ui/button";
import { FormError } from "../ui/field";
import { Input } from "../ui/input";
import { NativeSelect } from "../ui/native-select";
import { fromDefinition, toDefinition, type PolicyDraft } from "./routing-draft";
import { useAddRoutingPolicyVersion, useCreateRoutingPolicy, useRoutingPolicies, useRoutingPolicy } from "./use-routing";

/** Saved policies: load any version into the builder; save the builder as a new policy or as the
 * next version of the one loaded (versions never change). */
export function SavedPolicies({ draft, variants, canEdit, onLoad }: { draft: PolicyDraft; variants: Array<{ id: string; name: string }>; canEdit: boolean; onLoad: (draft: PolicyDraft) => void }) {
  const policies = useRoutingPolicies();
  const [policyId, setPolicyId] = useState<string | null>(null);
  const [version, setVersion] = useState<number | null>(null);
  const [name, setName] = useState("");
  const [saved, setSaved] = useState<string | null>(null);
  const detail = useRoutingPolicy(policyId);
  const create = useCreateRoutingPolicy();
  const addVersion = useAddRoutingPolicyVersion();
  const chosen = detail.data?.versions.find((entry) => entry.version === version) ?? detail.data?.versions[0];

  const load = () => {
    if (!chosen) return;
    // The API parsed the definition on its way in and out; no zod in the browser (its eval probe
    // trips the Content-Security-Policy).
    onLoad(fromDefinition(chosen.definition, variants, draft));
    setSaved(`Loaded ${detail.data!.name} v${chosen.version}.`);
  };
  const saveNew = () =>
    create.mutate(
      { name, definition: toDefinition(draft) },
      {
        onSuccess: (policy) => {
          setPolicyId(policy.id);
          setVersion(null);
          setSaved(`Saved as ${policy.name} v1.`);
        },
      },
    );
  const saveVersion = () =>
    policyId &&
    addVersion.mutate(
      { id: policyId, definition: toDefinition(draft) },
      {
        onSuccess: (row) => {
          setVersion(null);
          setSaved(`Saved as ${detail.data?.name ?? "the policy"} v${row.version}.`);
        },
      },
    );

  return (
    <div className="space-y-2 border-b border-border pb-4" data-testid="routing-saved">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <NativeSelect
          aria-label="Saved policy"
          className="w-auto min-w-48"
          value={policyId ?? ""}
          onChange={(event) => {
            setPolicyId(event.target.value || null);
            setVersion(null);
          }}
        >
          <option value="">Saved policies…</option>
          {policies.data?.map((policy) => (
            <option key={policy.id} value={policy.id}>
              {policy.name}
            </option>
          ))}
        </NativeSelect>
        {detail.data && (
          <NativeSelect aria-label="Policy version" className="w-auto min-w-36" value={chosen?.version ?? ""} onChange={(event) => setVersion(Number(event.target.value))}>
            {detail.data.versions.map((entry) => (
              <option key={entry.version} value={entry.version}>
                v{entry.version} · {entry.createdBy}
              </option>
            ))}
          </NativeSelect>
        )}
        <Button variant="outline" onClick={load} disabled={!chosen}>
          Load
        </Button>
        {canEdit && (
          <>
            <span className="mx-2 hidden h-6 w-px bg-border sm:block" aria-hidden />
            <Input aria-label="New policy name" placeholder="Name for a new policy" className="w-52" value={name} onChange={(event) => setName(event.target.value)} />
            <Button variant="outline" onClick={saveNew} loading={create.isPending} disabled={name.trim() === ""}>
              Save as new policy
            </Button>
            {detail.data && (
              <Button variant="outline" onClick={saveVersion} loading={addVersion.isPending}>
                Save as {detail.data.name} v{(detail.data.versions[0]?.version ?? 0) + 1}
              </Button>
            )}
          </>
        )}
      </div>
      {saved && (
        <p className="text-xs text-muted-foreground" data-testid="routing-saved-status">
          {saved}
        </p>
      )}
      <FormError message={create.error?.message ?? addVersion.error?.message ?? null} />
    </div>
  );
}
