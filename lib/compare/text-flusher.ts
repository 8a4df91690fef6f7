// Streamed text reaches its Completion row while it streams, so a server killed mid-answer loses
// at most about a second of it (recover.ts keeps what was flushed when it marks the answer
// interrupted).
import "server-only";
import { storableText } from "../completions/storable";
import { db } from "../db/client";
import { log } from "../log";

export const FLUSH_EVERY_MS = 1_000;

/** Writes the streamed text to the row while it streams, at most once per FLUSH_EVERY_MS and
 * one write at a time; a failed write is simply tried again with more text next time. */
export class TextFlusher {
  private text = "";
  private flushedAt = performance.now();
  private writing: Promise<void> | null = null;

  constructor(
    private readonly completionId: string,
    private readonly rowsWritten: Promise<boolean>,
  ) {}

  add(delta: string) {
    this.text += delta;
    if (this.writing || performance.now() - this.flushedAt < FLUSH_EVERY_MS) return;
    this.flushedAt = performance.now();
    const text = storableText(this.text);
    this.writing = this.rowsWritten
      .then(async (written) => {
        if (!written) return;
        // Only while still streaming: the final save must never be overwritten by a late flush.
        await db().completion.updateMany({ where: { id: this.completionId, status: "streaming" }, data: { text: text.text, textSanitized: text.sanitized } });
      })
      .catch((error: unknown) => log.debug("could not flush streamed text", { completionId: this.completionId, error: String(error) }))
      .finally(() => (this.writing = null));
  }

  /** Waits for a write in progress, so it cannot land after the final save. */
  async settle() {
    await this.writing;
  }
}
