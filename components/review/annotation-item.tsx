"use client";

import { useState } from "react";
import type { QueryKey } from "@tanstack/react-query";
import { Button } from "@/components/ui/button";
import { FormError } from "@/components/ui/field";
import type { Jsonified } from "@/lib/api/jsonified";
import type { AnswerReviews } from "@/lib/review/answer-reviews";
import { useDeleteAnnotation, useEditAnnotation } from "./use-answer-reviews";

type Annotation = Jsonified<AnswerReviews>["annotations"][number];

/** One annotation; its author can edit or delete it. */
export function AnnotationItem({ annotation, userId, shownIn }: { annotation: Annotation; userId: string; shownIn: QueryKey }) {
  const edit = useEditAnnotation(shownIn);
  const remove = useDeleteAnnotation(shownIn);
  const [draft, setDraft] = useState<string | null>(null);
  const own = annotation.author.id === userId;
  return (
    <div className="rounded bg-amber-50 dark:bg-amber-500/15 px-2 py-1" data-testid="annotation">
      {annotation.quote && <q className="block text-muted-foreground italic">{annotation.quote}</q>}
      {draft === null ? (
        <>
          <span className="font-medium">{annotation.author.name}:</span> {annotation.body}
          {own && (
            <>
              <button type="button" className="ml-2 text-muted-foreground/70 hover:text-primary" onClick={() => setDraft(annotation.body)}>
                edit
              </button>
              <button type="button" className="ml-2 text-muted-foreground/70 hover:text-red-700 hover:dark:text-red-300" onClick={() => remove.mutate(annotation.id)}>
                delete
              </button>
            </>
          )}
        </>
      ) : (
        <form
          className="space-y-1"
          aria-label="Edit comment"
          onSubmit={(event) => {
            event.preventDefault();
            edit.mutate({ id: annotation.id, body: draft }, { onSuccess: () => setDraft(null) });
          }}
        >
          <textarea aria-label="Edit comment" rows={2} value={draft} onChange={(event) => setDraft(event.target.value)} className="block w-full rounded px-2 py-1 ring-1 ring-input" autoFocus />
          <FormError message={edit.error?.message ?? null} />
          <div className="flex gap-2">
            <Button type="submit" disabled={!draft.trim() || edit.isPending}>
              Save
            </Button>
            <Button variant="ghost" onClick={() => setDraft(null)}>
              Cancel
            </Button>
          </div>
        </form>
      )}
    </div>
  );
}
