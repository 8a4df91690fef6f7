"use client";

import { useState, type FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { FormError, TextField } from "@/components/ui/field";
import { toast } from "@/components/ui/sonner";
import { useDeleteGold, useGoldPairs, useMarkGold } from "./use-reviewers";
import { Table, TableHeader, TableBody, TableRow, TableHead, TableCell, TableMessage } from "../ui/table";

const expectedLabels = { a: "A is better", b: "B is better", tie: "Tie", both_bad: "Both bad" } as const;
type Expected = keyof typeof expectedLabels;

/** Gold pairs with how the votes on them went, and deleting one. */
export function GoldPairsList() {
  const gold = useGoldPairs();
  const remove = useDeleteGold();
  return (
    <Table containerClassName="self-start" className="text-left" data-testid="gold-pairs">
      <TableHeader>
        <TableRow>
          <TableHead>A · B</TableHead>
          <TableHead>Known answer</TableHead>
          <TableHead>Votes right</TableHead>
          <TableHead>Note</TableHead>
          <TableHead>
            <span className="sr-only">Actions</span>
          </TableHead>
        </TableRow>
      </TableHeader>
      <TableBody>
        {gold.data?.length === 0 && (
          <TableMessage colSpan={5}>No gold pairs yet. Mark one after voting in the review queue, or below by answer ids.</TableMessage>
        )}
        {gold.data?.map((row) => (
          <TableRow key={row.id}>
            <TableCell className="py-2">
              <span className="block">
                {row.variantA} · {row.variantB}
              </span>
              {/* The ends of the ids: ids are time-ordered (UUIDv7), so their starts are alike. */}
              <span className="block font-mono text-xs text-muted-foreground" title={`${row.completionAId} · ${row.completionBId}`}>
                …{row.completionAId.slice(-8)} · …{row.completionBId.slice(-8)}
              </span>
            </TableCell>
            <TableCell className="py-2">{row.expected === "a" ? `${row.variantA} better` : row.expected === "b" ? `${row.variantB} better` : expectedLabels[row.expected]}</TableCell>
            <TableCell className="py-2 tabular-nums">
              {row.correct} of {row.votes}
            </TableCell>
            <TableCell className="py-2 text-muted-foreground">{row.note}</TableCell>
            <TableCell className="py-2 text-right">
              <Button variant="ghost" className="px-2 py-1 text-xs" disabled={remove.isPending} onClick={() => remove.mutate(row.id, { onSuccess: () => toast.success("Gold pair removed") })}>
                Remove
              </Button>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** The known answer for a pair, as seen by the person marking it (A = the first id). With
 * `pair` given (in the review queue, after a vote) the ids are fixed; otherwise typed in. */
export function MarkGoldForm({ pair, initial, onDone }: { pair?: { left: string; right: string }; initial?: Expected; onDone?: () => void }) {
  const mark = useMarkGold();
  const [ids, setIds] = useState({ a: pair?.left ?? "", b: pair?.right ?? "" });
  const [expected, setExpected] = useState<Expected>(initial ?? "a");
  const [note, setNote] = useState("");

  function submit(event: FormEvent) {
    event.preventDefault();
    mark.mutate(
      { completionAId: ids.a.trim(), completionBId: ids.b.trim(), expected, note },
      {
        onSuccess: () => {
          toast.success("Marked as gold: reviewers will meet it unannounced");
          if (!pair) setIds({ a: "", b: "" });
          setNote("");
          onDone?.();
        },
      },
    );
  }

  return (
    <form onSubmit={submit} className="space-y-3 rounded-lg bg-card p-4 ring-1 ring-border" aria-label="Mark a gold pair">
      <h2 className="text-sm font-semibold">{pair ? "Mark this pair as gold" : "Mark a pair as gold"}</h2>
      {!pair && (
        <>
          <TextField label="Answer A (id)" id="gold-a" required value={ids.a} onChange={(event) => setIds({ ...ids, a: event.target.value })} />
          <TextField label="Answer B (id)" id="gold-b" required value={ids.b} onChange={(event) => setIds({ ...ids, b: event.target.value })} />
        </>
      )}
      <fieldset className="flex flex-wrap gap-3 text-sm">
        <legend className="mb-1 text-sm font-medium text-foreground/80">Known answer</legend>
        {(Object.keys(expectedLabels) as Expected[]).map((choice) => (
          <label key={choice} className="flex items-center gap-1">
            <input type="radio" name={pair ? "gold-expected-queue" : "gold-expected"} checked={expected === choice} onChange={() => setExpected(choice)} />
            {expectedLabels[choice]}
          </label>
        ))}
      </fieldset>
      <TextField label="Note" id={pair ? "gold-note-queue" : "gold-note"} value={note} maxLength={2000} onChange={(event) => setNote(event.target.value)} />
      <FormError message={mark.error?.message ?? null} />
      <Button type="submit" disabled={mark.isPending}>
        Mark as gold
      </Button>
    </form>
  );
}
