"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Field, FormError } from "@/components/ui/field";
import { FileDrop } from "@/components/ui/file-drop";
import { NativeSelect } from "@/components/ui/native-select";
import { toast } from "@/components/ui/sonner";
import { ApiError } from "@/lib/api/http-client";
import { plural } from "@/lib/format/plural";
import { ImportPreviewTable } from "./import-preview-table";
import { useImportCases, usePreviewImport, type ImportSourceInput } from "./use-datasets";

const MAX_BYTES = 20_000_000;
const formats = [
  { value: "csv", label: "CSV or TSV (a column per variable)" },
  { value: "jsonl", label: "JSONL (one case per line)" },
  { value: "openai_logs", label: "OpenAI chat logs ({\"messages\": […]} per line)" },
] as const;
const delimiters = [
  { value: "", label: "Found from the header" },
  { value: ",", label: "Comma" },
  { value: ";", label: "Semicolon" },
  { value: "\t", label: "Tab" },
] as const;

type Format = ImportSourceInput["format"];
const formatOf = (name: string, current: Format): Format => (/\.(csv|tsv|txt)$/i.test(name) ? "csv" : /\.(jsonl|ndjson|json)$/i.test(name) && current === "csv" ? "jsonl" : current);

/** Drop a file, look at its first rows and what each column becomes, change the mapping, then
 * import — and, when some cases are already in the dataset, say whether to skip or replace them. */
export function ImportDialog({ datasetId, open, onOpenChange }: { datasetId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  const preview = usePreviewImport(datasetId);
  const importCases = useImportCases(datasetId);
  const [source, setSource] = useState<ImportSourceInput | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const duplicates = importCases.error instanceof ApiError && importCases.error.problem.status === 409 ? Number((importCases.error.problem as { duplicates?: number }).duplicates ?? 0) : 0;

  function look(next: ImportSourceInput) {
    setSource(next);
    importCases.reset();
    preview.mutate(next, { onSuccess: (shown) => setSource((current) => (current ? { ...current, mapping: shown.mapping } : current)) });
  }

  async function onFile(file: File) {
    if (file.size > MAX_BYTES) return setFileError(`${file.name} is larger than 20 MB; split it into smaller files.`);
    setFileError(null);
    look({ format: formatOf(file.name, source?.format ?? "csv"), content: await file.text() });
  }

  function run(onDuplicate?: "skip" | "replace") {
    if (!source) return;
    importCases.mutate(
      { ...source, onDuplicate },
      {
        onSuccess: ({ imported, skipped, replaced }) => {
          toast.success(`Imported ${plural(imported, "test case")}${skipped ? `, skipped ${skipped}` : ""}${replaced ? `, replaced ${replaced}` : ""}`);
          close(false);
        },
      },
    );
  }

  function close(next: boolean) {
    if (!next) {
      setSource(null);
      preview.reset();
      importCases.reset();
    }
    onOpenChange(next);
  }

  const shown = preview.data;
  const ready = !!source && !!shown && !preview.isPending && shown.problemCount === 0 && shown.total > 0;
  return (
    <Dialog open={open} onOpenChange={close}>
      <DialogContent className="max-w-4xl" aria-label="Import test cases">
        <DialogHeader>
          <DialogTitle>Import test cases</DialogTitle>
          <DialogDescription>All or nothing: a file with a bad line imports nothing and says which line.</DialogDescription>
        </DialogHeader>
        <FileDrop accept=".csv,.tsv,.txt,.jsonl,.ndjson,.json" onFile={(file) => void onFile(file)} label="Drop a CSV, TSV or JSONL file here, or click to choose" hint="Up to 20 MB" />
        <div className="grid gap-3 sm:grid-cols-2">
          <Field label="Format" htmlFor="import-format">
            <NativeSelect id="import-format" value={source?.format ?? "csv"} disabled={!source} onChange={(event) => source && look({ format: event.target.value as Format, content: source.content })}>
              {formats.map((item) => (
                <option key={item.value} value={item.value}>
                  {item.label}
                </option>
              ))}
            </NativeSelect>
          </Field>
          {source?.format === "csv" && (
            <Field label="Delimiter" htmlFor="import-delimiter" hint={shown?.delimiter ? `Reading with ${delimiters.find((item) => item.value === shown.delimiter)?.label.toLowerCase() ?? shown.delimiter}.` : undefined}>
              <NativeSelect id="import-delimiter" value={source.delimiter ?? ""} onChange={(event) => look({ format: "csv", content: source.content, delimiter: (event.target.value || undefined) as ImportSourceInput["delimiter"] })}>
                {delimiters.map((item) => (
                  <option key={item.label} value={item.value}>
                    {item.label}
                  </option>
                ))}
              </NativeSelect>
            </Field>
          )}
        </div>
        <FormError message={fileError ?? preview.error?.message ?? null} />
        {shown && source && <ImportPreviewTable preview={shown} mapping={source.mapping ?? {}} editable={source.format !== "openai_logs"} onMapping={(mapping) => look({ ...source, mapping })} />}
        {duplicates > 0 ? (
          <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-200" data-testid="duplicates-choice">
            <p>{importCases.error?.message}</p>
            <div className="flex gap-2">
              <Button variant="outline" onClick={() => run("skip")} loading={importCases.isPending}>
                Skip {plural(duplicates, "duplicate")}
              </Button>
              <Button variant="outline" onClick={() => run("replace")} loading={importCases.isPending}>
                Replace {plural(duplicates, "duplicate")}
              </Button>
            </div>
          </div>
        ) : (
          <FormError message={importCases.error?.message ?? null} />
        )}
        <DialogFooter>
          <Button variant="ghost" onClick={() => close(false)}>
            Cancel
          </Button>
          <Button onClick={() => run()} disabled={!ready || duplicates > 0} loading={importCases.isPending}>
            {shown && shown.total > 0 ? `Import ${plural(shown.total, "case")}` : "Import"}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
