// The one rule behind every detail page's 404 (app/_server/existing-record.ts): the [id] must be a
// UUID naming a record of the page's kind. A malformed id answers false without a database error.
import { describe, expect, it } from "vitest";
import { createDataset } from "../../lib/datasets/service";
import { recordExists, type TitledKind } from "../../lib/overview/find-title";

const kinds: TitledKind[] = ["session", "prompt", "dataset", "run", "watch"];

describe("recordExists", () => {
  it("is true only for a UUID naming a record of that kind", async () => {
    const dataset = await createDataset({ name: "Page ids" });
    expect(await recordExists("dataset", dataset.id)).toBe(true);
    expect(await recordExists("run", dataset.id)).toBe(false);
    for (const kind of kinds) {
      expect(await recordExists(kind, "not-a-uuid"), kind).toBe(false);
      expect(await recordExists(kind, "../../etc"), kind).toBe(false);
      expect(await recordExists(kind, "019a0000-0000-7000-8000-000000000000"), kind).toBe(false);
    }
  });
});
