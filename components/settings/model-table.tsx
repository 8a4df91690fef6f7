"use client";

import { useState } from "react";
import { useUpdateModel, type ModelView, type PriceField } from "./use-providers";

// The prices of a kind of token with no price of its own fall back to plain input or output.
const priceColumns: Array<{ field: PriceField; label: string; aria: string; fallback?: string }> = [
  { field: "inputPricePerMTok", label: "Input", aria: "input" },
  { field: "cachedInputPricePerMTok", label: "Cached input", aria: "cached input", fallback: "= input" },
  { field: "cacheWritePricePerMTok", label: "Cache write", aria: "cache write", fallback: "= input" },
  { field: "outputPricePerMTok", label: "Output", aria: "output" },
  { field: "reasoningPricePerMTok", label: "Reasoning", aria: "reasoning", fallback: "= output" },
];

/** A provider's models with editable prices (USD per million tokens). */
export function ModelTable({ models, canEdit }: { models: ModelView[]; canEdit: boolean }) {
  if (models.length === 0) return <p className="px-3 py-3 text-sm text-zinc-500">No models in the catalog yet. Use “List models” to add some.</p>;
  return (
    // Five prices make the table wider than a narrow card: it scrolls rather than widening the page.
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <thead className="text-xs text-zinc-500 uppercase">
          <tr>
            <th className="px-3 py-2 font-medium">Model</th>
            {priceColumns.map((column) => (
              <th key={column.field} className="px-3 py-2 font-medium">
                {column.label} $/M tok
              </th>
            ))}
            <th className="px-3 py-2 font-medium">Context</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {models.map((model) => (
            <tr key={model.id}>
              <td className="px-3 py-1.5">
                <span className="font-medium">{model.displayName}</span> <code className="text-xs text-zinc-500">{model.modelId}</code>
              </td>
              {priceColumns.map((column) => (
                <td key={column.field} className="px-3 py-1.5">
                  <PriceCell model={model} column={column} canEdit={canEdit} />
                </td>
              ))}
              <td className="px-3 py-1.5 text-zinc-600">{model.contextWindow ? `${Math.round(model.contextWindow / 1000)}k` : "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function PriceCell({ model, column, canEdit }: { model: ModelView; column: (typeof priceColumns)[number]; canEdit: boolean }) {
  const { field, fallback } = column;
  const update = useUpdateModel();
  const [value, setValue] = useState(model[field] ?? "");
  if (!canEdit) return <span className={model[field] === null ? "text-zinc-400" : undefined}>{model[field] ?? fallback}</span>;
  const save = () => {
    // An optional price left empty goes back to the fallback; a required one cannot be emptied.
    const next = value.trim() === "" && fallback ? null : value;
    if (next !== model[field]) update.mutate({ id: model.id, [field]: next });
  };
  return (
    <input
      aria-label={`${model.modelId} ${column.aria} price`}
      placeholder={fallback}
      className="w-20 rounded border-0 px-2 py-1 text-sm ring-1 ring-zinc-200 focus:ring-2 focus:ring-indigo-600"
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
