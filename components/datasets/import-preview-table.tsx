"use client";

import { Badge } from "@/components/ui/badge";
import { NativeSelect } from "@/components/ui/native-select";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { ImportPreviewJson } from "@/lib/api-client/datasets";
import { columnRoles, type ColumnMapping, type ColumnRole } from "@/lib/datasets/import-mapping";
import { plural } from "@/lib/format/plural";

const roleNames: Record<ColumnRole, string> = {
  variable: "Variable",
  variables: "Variables (JSON object)",
  messages: "Conversation (messages)",
  expected: "Expected output",
  tags: "Tags",
  assertions: "Assertions (JSON)",
  ignore: "Ignore",
};

/** The file's first rows under a role picker per column, then what the import found. */
export function ImportPreviewTable({ preview, mapping, editable, onMapping }: { preview: ImportPreviewJson; mapping: ColumnMapping; editable: boolean; onMapping: (mapping: ColumnMapping) => void }) {
  const withAssertions = preview.cases.filter((testCase) => testCase.assertions.length > 0).length;
  return (
    <div className="space-y-3" data-testid="import-preview">
      <Table containerClassName="max-h-72">
        <TableHeader>
          <TableRow>
            {preview.columns.map((column) => (
              <TableHead key={column} className="min-w-40 align-top">
                <div className="space-y-1 py-1">
                  <span className="block font-mono text-xs text-foreground">{column}</span>
                  {editable && (
                    <NativeSelect aria-label={`Column ${column} is`} value={mapping[column] ?? "variable"} onChange={(event) => onMapping({ ...mapping, [column]: event.target.value as ColumnRole })}>
                      {columnRoles.map((role) => (
                        <option key={role} value={role}>
                          {roleNames[role]}
                        </option>
                      ))}
                    </NativeSelect>
                  )}
                </div>
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {preview.rows.map((row, index) => (
            <TableRow key={index}>
              {preview.columns.map((column, cell) => (
                <TableCell key={column} className={mapping[column] === "ignore" ? "max-w-60 truncate text-muted-foreground line-through" : "max-w-60 truncate"} title={row[cell]}>
                  {row[cell]}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <p className="text-sm text-muted-foreground" data-testid="import-summary">
        {plural(preview.total, "case")} ready{preview.rows.length > 0 && ` · the first ${preview.rows.length} rows are shown`}
        {withAssertions > 0 && ` · ${withAssertions} of them with assertions`}
        {preview.problemCount > 0 && (
          <>
            {" · "}
            <Badge variant="destructive">{plural(preview.problemCount, "problem")}</Badge>
          </>
        )}
      </p>
      {preview.problems.length > 0 && (
        <ul className="max-h-40 list-disc space-y-1 overflow-y-auto pl-5 text-sm text-destructive" aria-label="Problems" data-testid="import-problems">
          {preview.problems.map((problem, index) => (
            <li key={index}>{problem.sentence}</li>
          ))}
          {preview.problemCount > preview.problems.length && <li>…and {preview.problemCount - preview.problems.length} more.</li>}
        </ul>
      )}
    </div>
  );
}
