// The one rule for things saved as numbered versions (prompt versions, routing policy versions):
// the next number is the latest plus one, and two saves at once both get one — the loser of the
// race on the unique (parent, version) key simply takes the next number.
import "server-only";
import { isUniqueViolation } from "./errors";

/** Creates version n+1 with `create`; undefined when `attempts` races in a row were lost (the caller
 * answers 409). */
export async function createNextVersion<T>(latest: () => Promise<{ version: number } | null>, create: (version: number) => Promise<T>, attempts = 5): Promise<T | undefined> {
  for (let attempt = 0; attempt < attempts; attempt++) {
    const version = ((await latest())?.version ?? 0) + 1;
    try {
      return await create(version);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return undefined;
}
