// A JSON Schema as a reader wants it: a tree of fields with their types, which are required, and
// what each means. Server-rendered from the OpenAPI document; no script.
import type { JsonSchema } from "@/lib/api/openapi/json-schema";

const refName = (ref: string) => ref.split("/").at(-1)!;

/** "string (date-time)", "integer ≥ 1", "one of a | b", "array of …" — one line per schema. */
export function typeLabel(schema: JsonSchema): string {
  if (typeof schema.$ref === "string") return refName(schema.$ref);
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(" | ")}`;
  if ("const" in schema) return JSON.stringify(schema.const);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (options) return options.map(typeLabel).join(" or ");
  const types = ([] as unknown[]).concat(schema.type ?? "any").map(String);
  const main = types.filter((type) => type !== "null");
  let label = main.join(" or ") || "null";
  if (main.includes("array") && schema.items) label = `array of ${typeLabel(schema.items as JsonSchema)}`;
  if (typeof schema.format === "string") label += ` (${schema.format})`;
  if (typeof schema.minimum === "number" && schema.minimum > -Number.MAX_SAFE_INTEGER) label += ` ≥ ${schema.minimum}`;
  if (typeof schema.maximum === "number" && schema.maximum < Number.MAX_SAFE_INTEGER) label += ` ≤ ${schema.maximum}`;
  if (types.includes("null") && main.length > 0) label += ", or null";
  return label;
}

/** The object whose fields to list under a schema, if any (through arrays and nullable unions). */
function fieldsOf(schema: JsonSchema): JsonSchema | null {
  if (schema.type === "object" || (Array.isArray(schema.type) && schema.type.includes("object"))) return schema.properties ? schema : null;
  if (schema.items) return fieldsOf(schema.items as JsonSchema);
  const options = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  const objects = options?.map(fieldsOf).filter((value) => value !== null) ?? [];
  return objects.length === 1 ? objects[0]! : null;
}

export function SchemaView({ schema }: { schema: JsonSchema }) {
  const object = fieldsOf(schema);
  if (!object) return <p className="font-mono text-xs text-muted-foreground">{typeLabel(schema)}</p>;
  const required = new Set((object.required ?? []) as string[]);
  return (
    <ul className="space-y-1 border-l border-border pl-3">
      {Object.entries(object.properties as Record<string, JsonSchema>).map(([name, property]) => (
        <li key={name} className="text-xs">
          <span className="font-mono font-medium text-foreground">{name}</span>
          {!required.has(name) && <span className="text-muted-foreground">?</span>}
          <span className="ml-2 font-mono text-muted-foreground">{typeLabel(property)}</span>
          {typeof property.description === "string" && <span className="ml-2 text-muted-foreground">— {property.description}</span>}
          {"default" in property && <span className="ml-2 text-muted-foreground">(default {JSON.stringify(property.default)})</span>}
          {fieldsOf(property) && (
            <div className="mt-1">
              <SchemaView schema={property} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
