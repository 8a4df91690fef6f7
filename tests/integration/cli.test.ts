// The juxta CLI as a user runs it: a real process, real flags, real exit codes.
import { runJuxta } from "../helpers/juxta-cli";
import { describe, expect, it } from "vitest";
import { GET as me } from "../../app/api/v1/auth/me/route";
import { db } from "../../lib/db/client";


const run = (...args: string[]) => runJuxta(args);

describe("juxta users / tokens", () => {
  it("creates a user, refuses a duplicate, and rejects bad flags with exit 2", async () => {
    const created = await run("users", "create", "--email", "Cli@Example.com", "--name", "Cli", "--role", "editor", "--password", "cli-password");
    expect(created).toMatchObject({ code: 0 });
    expect(created.stdout).toContain("Created editor cli@example.com");
    expect(await db().user.findUnique({ where: { email: "cli@example.com" } })).toMatchObject({ role: "editor" });

    const duplicate = await run("users", "create", "--email", "cli@example.com", "--name", "Cli", "--role", "editor", "--password", "cli-password");
    expect(duplicate.code).toBe(1);
    expect(duplicate.stderr).toContain("already exists");

    const badRole = await run("users", "create", "--email", "x@example.com", "--name", "X", "--role", "boss", "--password", "cli-password");
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toContain("Invalid option");

    const missing = await run("users", "create", "--email", "x@example.com");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("required option");
  });

  it("prints a token once that then authenticates API calls", async () => {
    await run("users", "create", "--email", "tok@example.com", "--name", "Tok", "--role", "reviewer", "--password", "tok-password");
    const result = await run("tokens", "create", "--email", "tok@example.com", "--name", "ci");
    expect(result.code).toBe(0);
    const token = result.stdout.trim();
    expect(token).toMatch(/^jxt_[\w-]{40,}$/);
    const response = await me(new Request("http://localhost/api/v1/auth/me", { headers: { authorization: `Bearer ${token}` } }));
    expect((await response.json()).user.email).toBe("tok@example.com");
    const stored = await db().apiToken.findFirstOrThrow({ where: { name: "ci", user: { email: "tok@example.com" } } });
    expect(Math.round((stored.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(90);
  });

  it("sets a token's lifetime with --days, within 1 to 365", async () => {
    await run("users", "create", "--email", "days@example.com", "--name", "Days", "--role", "reviewer", "--password", "days-password");
    const week = await run("tokens", "create", "--email", "days@example.com", "--name", "week", "--days", "7");
    expect(week.code).toBe(0);
    expect(week.stderr).toMatch(/expires \d{4}-\d{2}-\d{2}/);
    const stored = await db().apiToken.findFirstOrThrow({ where: { name: "week" } });
    expect(Math.round((stored.expiresAt.getTime() - Date.now()) / 86_400_000)).toBe(7);
    for (const days of ["0", "366", "1.5", "never"]) {
      const refused = await run("tokens", "create", "--email", "days@example.com", "--name", `bad-${days}`, "--days", days);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain("whole days from 1 to 365");
    }
  });
});
