// A small world for review tests: an admin and named reviewers with API tokens, and a compare
// session whose turns each hold one finished answer per variant (so every turn gives a pair of
// every two variants). Built through the services; answers are written as finished rows.
import { createApiToken } from "../../lib/auth/api-tokens";
import { createUser } from "../../lib/auth/users";
import { db } from "../../lib/db/client";
import { seedProviders } from "../../lib/providers/seed";
import { createSession } from "../../lib/sessions/service";
import { createVariant } from "../../lib/variants/service";

export interface ReviewWorld {
  users: Record<string, { id: string; auth: string }>;
  /** Variant ids by name. */
  variants: Record<string, string>;
  /** Per turn, the answer id of each variant by name. */
  turns: Array<Record<string, string>>;
}

export async function createReviewWorld(reviewers: string[], variantNames: string[], turnCount: number): Promise<ReviewWorld> {
  const users: ReviewWorld["users"] = {};
  for (const name of ["admin", ...reviewers]) {
    const user = await createUser({ name, email: `${name}@example.com`, password: "long-enough", role: name === "admin" ? "admin" : "reviewer" });
    users[name] = { id: user.id, auth: `Bearer ${(await createApiToken(user.id, "t")).token}` };
  }
  await seedProviders({});
  const model = await db().model.findFirstOrThrow({ orderBy: { modelId: "asc" } });
  const variants: Record<string, string> = {};
  for (const name of variantNames) variants[name] = (await createVariant({ name, modelId: model.id })).id;
  const session = await createSession({ variantIds: variantNames.map((name) => variants[name]!) }, users.admin!.id);
  const turns: ReviewWorld["turns"] = [];
  for (let index = 0; index < turnCount; index++) {
    const turn = await db().turn.create({ data: { sessionId: session.id, index, content: `Question ${index}` } });
    const answers: Record<string, string> = {};
    for (const column of session.columns) {
      const name = variantNames.find((variant) => variants[variant] === column.variant!.id)!;
      answers[name] = (await db().completion.create({ data: { turnId: turn.id, columnId: column.id, variantId: column.variant!.id, status: "done", request: {}, text: `${name} on ${index}` } })).id;
    }
    turns.push(answers);
  }
  return { users, variants, turns };
}

/** The canonical order votes are stored in: smaller id first. */
export function canonical(x: string, y: string): [string, string] {
  return x < y ? [x, y] : [y, x];
}

/** A vote's pair as the vote service stores it: canonical order, with each answer's variant. */
export function votedPair(world: ReviewWorld, x: string, y: string) {
  const variantOf = (id: string) => {
    for (const answers of world.turns) for (const [name, answer] of Object.entries(answers)) if (answer === id) return world.variants[name]!;
    throw new Error(`${id} is not an answer of this world`);
  };
  const [a, b] = canonical(x, y);
  return { completionAId: a, completionBId: b, variantAId: variantOf(a), variantBId: variantOf(b) };
}

type Handler = (request: Request, args: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls a route handler as `auth`, with an optional query string, JSON body and path params. */
export async function callAs(handler: Handler, auth: string, options: { search?: string; body?: unknown; method?: string; params?: Record<string, string> } = {}) {
  const response = await handler(
    new Request(`http://localhost/api/v1/x${options.search ?? ""}`, {
      method: options.method ?? (options.body === undefined ? "GET" : "POST"),
      headers: { authorization: auth, "content-type": "application/json" },
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    }),
    { params: Promise.resolve(options.params ?? {}) },
  );
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}
