// A run's finished items as drift units, by variant and (case, repetition), with what the
// provider said it ran (model id and system fingerprint).
import "server-only";
import { db } from "../db/client";
import type { WatchUnit } from "./drift-tests";

export interface VariantUnits {
  units: Map<string, WatchUnit>;
  /** "model" or "model / fingerprint" as reported, each once. */
  reported: string[];
}

interface Row extends WatchUnit {
  variantId: string;
  key: string;
  responseModel: string | null;
  systemFingerprint: string | null;
}

export async function unitsOfRun(runId: string): Promise<Map<string, VariantUnits>> {
  const rows = await db().$queryRaw<Row[]>`
    SELECT i."variantId", i."caseKey" || '|' || i.repetition AS key, coalesce(i.passed, false) AS passed,
      CASE WHEN c.status = 'done' THEN c."totalMs" END AS "totalMs",
      CASE WHEN c.status = 'done' THEN c."ttftMs" END AS "ttftMs",
      coalesce(c."costUsd", 0)::float8 AS "costUsd",
      CASE WHEN c.status = 'done' THEN c."outputTokens" END AS "outputTokens",
      c."textHash", coalesce(c.text, '') AS text, c."responseModel", c."systemFingerprint"
    FROM "RunItem" i LEFT JOIN "Completion" c ON c.id = i."completionId"
    WHERE i."runId" = ${runId}::uuid AND i.status IN ('done', 'error')`;
  const byVariant = new Map<string, VariantUnits>();
  for (const { variantId, key, responseModel, systemFingerprint, ...unit } of rows) {
    if (!byVariant.has(variantId)) byVariant.set(variantId, { units: new Map(), reported: [] });
    const entry = byVariant.get(variantId)!;
    entry.units.set(key, unit);
    if (responseModel || systemFingerprint) {
      const reported = [responseModel ?? "?", systemFingerprint].filter(Boolean).join(" / ");
      if (!entry.reported.includes(reported)) entry.reported.push(reported);
    }
  }
  for (const entry of byVariant.values()) entry.reported.sort();
  return byVariant;
}
