// Text PostgreSQL cannot store: a NUL character (U+0000) is refused in text and jsonb columns,
// and half a surrogate pair has no UTF-8 form. A model may well send either; the answer is kept
// with each replaced by U+FFFD and the row marked (Completion.textSanitized), instead of a save
// that fails and leaves the answer hanging.
const NUL = /\u0000/g;

export function storableText(text: string): { text: string; sanitized: boolean } {
  if (!text.includes("\u0000") && text.isWellFormed()) return { text, sanitized: false };
  return { text: text.replace(NUL, "\uFFFD").toWellFormed(), sanitized: true };
}

/** The same for a short message (an error, an assertion's reason), where the mark is not kept. */
export function storableMessage<T extends string | null>(message: T): T {
  return (message === null ? null : storableText(message).text) as T;
}
