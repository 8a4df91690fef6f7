// Text PostgreSQL cannot store: a NUL character (U+0000) is refused in text and jsonb columns. A
// model may well send one; the answer is kept with each NUL replaced by U+FFFD and the row marked
// (Completion.textSanitized), instead of a save that fails and leaves the answer hanging.
const NUL = /\u0000/g;

export function storableText(text: string): { text: string; sanitized: boolean } {
  return text.includes("\u0000") ? { text: text.replace(NUL, "\uFFFD"), sanitized: true } : { text, sanitized: false };
}

/** The same for a short message (an error, an assertion's reason), where the mark is not kept. */
export function storableMessage<T extends string | null>(message: T): T {
  return (message === null ? null : storableText(message).text) as T;
}
