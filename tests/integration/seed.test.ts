import pg from "pg";
import { describe, expect, it } from "vitest";
import { db } from "../../lib/db/client";
import { catalog } from "../../lib/providers/catalog";
import { SIMULATED_PROVIDER_NAME, seedProviders } from "../../lib/providers/seed";
import { decryptSecret } from "../../lib/secrets/crypto";

describe("seedProviders", () => {
  it("always seeds the simulated provider and its models, idempotently", async () => {
    await seedProviders({});
    await seedProviders({});
    const providers = await db().provider.findMany({ include: { models: true } });
    expect(providers).toHaveLength(1);
    expect(providers[0]!.name).toBe(SIMULATED_PROVIDER_NAME);
    expect(providers[0]!.models.map((model) => model.modelId).sort()).toEqual(catalog.simulated!.map((model) => model.modelId).sort());
  });

  it("stores env keys encrypted, shows them masked, and replaces a changed key", async () => {
    await seedProviders({ OPENAI_API_KEY: "sk-first-key-000000001111" });
    await seedProviders({ OPENAI_API_KEY: "sk-second-key-00000002222" });
    const openai = await db().provider.findUniqueOrThrow({ where: { name: "OpenAI" } });
    expect(openai.apiKeyDisplay).toBe("sk-…2222");
    expect(decryptSecret(openai.apiKeyEncrypted!)).toBe("sk-second-key-00000002222");
    expect(await db().model.count({ where: { providerId: openai.id, modelId: "gpt-4o-mini" } })).toBe(1);

    // Nowhere in the database is the key in clear.
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT row_to_json(p)::text AS row FROM "Provider" p`);
      expect(rows.map((row) => row.row).join("\n")).not.toContain("sk-second-key");
    } finally {
      await client.end();
    }
  });
});
