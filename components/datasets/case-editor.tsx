"use client";

import { useState, type FormEvent } from "react";
import { Button } from "../ui/button";
import { FormError } from "../ui/field";
import { controlClasses } from "../ui/input";
import type { CaseInput } from "./use-datasets";

const input = controlClasses;

/** Edits one test case: a field per variable, expected output, tags and assertions (JSON, as in
 * a JSONL import). New variables can be added as name=value lines. */
export function CaseEditor({
  columns,
  initial,
  onSave,
  onCancel,
  pending,
  error,
}: {
  columns: string[];
  initial: CaseInput;
  onSave: (input: CaseInput) => void;
  onCancel: () => void;
  pending: boolean;
  error: string | null;
}) {
  const [values, setValues] = useState<Record<string, string>>(
    Object.fromEntries(columns.map((column) => [column, typeof initial.variables[column] === "string" ? (initial.variables[column] as string) : initial.variables[column] === undefined ? "" : JSON.stringify(initial.variables[column])])),
  );
  const [extra, setExtra] = useState("");
  const [expected, setExpected] = useState(initial.expectedOutput ?? "");
  const [tags, setTags] = useState(initial.tags.join(", "));
  const [assertions, setAssertions] = useState(JSON.stringify(initial.assertions));
  const [localError, setLocalError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setLocalError(null);
    let parsed: unknown;
    try {
      parsed = JSON.parse(assertions || "[]");
    } catch {
      return setLocalError("Assertions must be a JSON array, e.g. [{\"type\": \"contains\", \"value\": \"refund\"}].");
    }
    const added = Object.fromEntries(
      extra
        .split("\n")
        .map((line) => line.split("="))
        .filter((parts) => parts.length > 1 && parts[0]!.trim())
        .map(([name, ...rest]) => [name!.trim(), rest.join("=")]),
    );
    const variables = { ...Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "")), ...added };
    // The server checks the assertions: a 400 naming the field, shown in the form.
    onSave({ variables, expectedOutput: expected === "" ? null : expected, tags: tags.split(",").map((tag) => tag.trim()).filter(Boolean), assertions: parsed as CaseInput["assertions"] });
  }

  return (
    <form onSubmit={submit} className="grid gap-3 bg-primary/5 p-3 sm:grid-cols-2" aria-label="Test case">
      {columns.map((column) => (
        <label key={column} className="text-xs font-medium text-muted-foreground">
          {`{{${column}}}`}
          <textarea rows={2} aria-label={`{{${column}}}`} className={input} value={values[column] ?? ""} onChange={(event) => setValues({ ...values, [column]: event.target.value })} />
        </label>
      ))}
      <label className="text-xs font-medium text-muted-foreground">
        New variables (name=value, one per line)
        <textarea rows={2} aria-label="New variables" className={input} value={extra} onChange={(event) => setExtra(event.target.value)} />
      </label>
      <label className="text-xs font-medium text-muted-foreground">
        Expected output
        <textarea rows={2} aria-label="Expected output" className={input} value={expected} onChange={(event) => setExpected(event.target.value)} />
      </label>
      <label className="text-xs font-medium text-muted-foreground">
        Tags (comma-separated)
        <input aria-label="Tags" className={input} value={tags} onChange={(event) => setTags(event.target.value)} />
      </label>
      <label className="text-xs font-medium text-muted-foreground">
        Assertions (JSON)
        <textarea rows={2} aria-label="Assertions (JSON)" className={`${input} font-mono text-xs`} value={assertions} onChange={(event) => setAssertions(event.target.value)} />
      </label>
      <div className="flex items-center gap-2 sm:col-span-2">
        <Button type="submit" disabled={pending}>
          Save case
        </Button>
        <Button variant="ghost" onClick={onCancel}>
          Cancel
        </Button>
        <div className="flex-1">
          <FormError message={localError ?? error} />
        </div>
      </div>
    </form>
  );
}
