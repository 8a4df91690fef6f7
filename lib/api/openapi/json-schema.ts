// zod → JSON Schema 2020-12 (the dialect of OpenAPI 3.1), as the JSON on the wire looks: the
// input side of each schema, so a date codec is an ISO string and a defaulted field is optional.
import { z } from "zod";

export type JsonSchema = Record<string, unknown>;

/** Named schemas ($defs of recursive or `.meta({id})` schemas) are hoisted into the document's
 * components, because "#/$defs/…" inside an embedded schema would resolve against the document. */
export class SchemaCollector {
  readonly components: Record<string, JsonSchema> = {};

  convert(schema: z.ZodType): JsonSchema {
    const { $schema: _dialect, $defs, ...rest } = z.toJSONSchema(schema, { io: "input", target: "draft-2020-12", unrepresentable: "any" }) as JsonSchema;
    for (const [name, definition] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      this.components[name] = rewriteRefs(definition) as JsonSchema;
    }
    return rewriteRefs(rest) as JsonSchema;
  }
}

function rewriteRefs(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewriteRefs);
  if (!value || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      key,
      key === "$ref" && typeof inner === "string" ? inner.replace(/^#\/\$defs\//, "#/components/schemas/") : rewriteRefs(inner),
    ]),
  );
}
