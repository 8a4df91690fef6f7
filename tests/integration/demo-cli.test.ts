// `juxta demo` as a user runs it: a real process with no worker, so the demo's runs execute in
// that process; `--remove` takes everything back out.
import { runJuxta } from "../helpers/juxta-cli";
import { describe, expect, it } from "vitest";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { DEMO_PREFIX } from "../../lib/demo/content";


const run = (...args: string[]) => runJuxta(args);

const demoRuns = { name: { startsWith: DEMO_PREFIX } };

describe("juxta demo", () => {
  it("needs a user to act as", async () => {
    const result = await run("demo");
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("An admin to create the demo as");
    expect(await db().provider.count({ where: { name: { startsWith: DEMO_PREFIX } } })).toBe(0);
  });

  it("loads the demo with its runs executed in-process, refuses a second load, and removes it", async () => {
    await createUser({ name: "Ann", email: "ann@example.com", password: "long-enough", role: "admin" });
    const loaded = await run("demo");
    expect(loaded.stderr).not.toMatch(/error/i);
    expect(loaded).toMatchObject({ code: 0 });
    expect(loaded.stdout).toContain("Loaded the demo as ann@example.com: 5 runs, 4 compare sessions");
    expect((await db().run.findMany({ where: demoRuns, select: { status: true } })).map((run) => run.status)).toEqual(Array(5).fill("done"));

    const again = await run("demo");
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already loaded");

    const removed = await run("demo", "--remove");
    expect(removed).toMatchObject({ code: 0 });
    expect(removed.stdout).toContain("Removed the demo: 5 runs, 4 sessions, 3 prompts, 3 datasets, 4 variants.");
    expect(await db().run.count()).toBe(0);
    expect(await db().session.count()).toBe(0);
    expect(await db().user.count()).toBe(1);
  }, 120_000);
});
