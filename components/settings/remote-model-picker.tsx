"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { toast } from "@/components/ui/sonner";
import { useImportModels, useRemoteModels } from "./use-providers";

/** The models a provider lists, to add to the catalog. */
export function RemoteModelPicker({ providerId, known }: { providerId: string; known: Set<string> }) {
  const remote = useRemoteModels(providerId, true);
  const importModels = useImportModels();
  const [picked, setPicked] = useState<Set<string>>(new Set());

  if (remote.isPending) return <p className="px-4 py-3 text-sm text-zinc-500">Asking the provider for its models…</p>;
  if (remote.isError) return <p className="px-4 py-3 text-sm text-red-700">{remote.error.message}</p>;
  const fresh = remote.data.filter((model) => !known.has(model.id));

  return (
    <div className="border-b border-zinc-100 bg-zinc-50 px-4 py-3" data-testid="remote-models">
      <p className="text-sm text-zinc-700">
        The provider lists {remote.data.length} models; {fresh.length === 0 ? "all are in the catalog already." : `${fresh.length} are not in the catalog yet:`}
      </p>
      {fresh.length > 0 && (
        <>
          <ul className="mt-2 grid gap-1 sm:grid-cols-3">
            {fresh.map((model) => (
              <li key={model.id}>
                <label className="flex items-center gap-2 text-sm">
                  <input
                    type="checkbox"
                    checked={picked.has(model.id)}
                    onChange={(event) => {
                      const next = new Set(picked);
                      if (event.target.checked) next.add(model.id);
                      else next.delete(model.id);
                      setPicked(next);
                    }}
                  />
                  <code>{model.id}</code>
                </label>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex gap-2">
            <Button variant="ghost" onClick={() => setPicked(new Set(fresh.map((model) => model.id)))}>
              Select all
            </Button>
            <Button
              disabled={picked.size === 0 || importModels.isPending}
              onClick={() =>
                importModels.mutate(
                  { providerId, modelIds: [...picked] },
                  {
                    onSuccess: () => {
                      toast.success(`Added ${picked.size} models`);
                      setPicked(new Set());
                    },
                  },
                )
              }
            >
              Add {picked.size || ""} to catalog
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
