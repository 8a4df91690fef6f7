"use client";

import { useState } from "react";
import { useUpdateModel, type ModelView } from "./use-providers";

/** A provider's models with editable prices (USD per million tokens). */
export function ModelTable({ models, canEdit }: { models: ModelView[]; canEdit: boolean }) {
  if (models.length === 0) return <p className="px-4 py-3 text-sm text-zinc-500">No models in the catalog yet. Use “List models” to add some.</p>;
  return (
    <table className="w-full text-left text-sm">
      <thead className="text-xs text-zinc-500 uppercase">
        <tr>
          <th className="px-4 py-2 font-medium">Model</th>
          <th className="px-4 py-2 font-medium">Input $/M tok</th>
          <th className="px-4 py-2 font-medium">Output $/M tok</th>
          <th className="px-4 py-2 font-medium">Context</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-zinc-100">
        {models.map((model) => (
          <tr key={model.id}>
            <td className="px-4 py-1.5">
              <span className="font-medium">{model.displayName}</span> <code className="text-xs text-zinc-500">{model.modelId}</code>
            </td>
            <td className="px-4 py-1.5">
              <PriceCell model={model} field="inputPricePerMTok" canEdit={canEdit} />
            </td>
            <td className="px-4 py-1.5">
              <PriceCell model={model} field="outputPricePerMTok" canEdit={canEdit} />
            </td>
            <td className="px-4 py-1.5 text-zinc-600">{model.contextWindow ? `${Math.round(model.contextWindow / 1000)}k` : "—"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function PriceCell({ model, field, canEdit }: { model: ModelView; field: "inputPricePerMTok" | "outputPricePerMTok"; canEdit: boolean }) {
  const update = useUpdateModel();
  const [value, setValue] = useState(model[field]);
  if (!canEdit) return <span>{model[field]}</span>;
  const save = () => {
    if (value !== model[field]) update.mutate({ id: model.id, [field]: value });
  };
  return (
    <input
      aria-label={`${model.modelId} ${field === "inputPricePerMTok" ? "input" : "output"} price`}
      className="w-24 rounded border-0 px-2 py-1 text-sm ring-1 ring-zinc-200 focus:ring-2 focus:ring-indigo-600"
      inputMode="decimal"
      value={value}
      onChange={(event) => setValue(event.target.value)}
      onBlur={save}
      onKeyDown={(event) => {
        if (event.key === "Enter") save();
      }}
    />
  );
}
