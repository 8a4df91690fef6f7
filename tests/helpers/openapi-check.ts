// Checks an OpenAPI 3.1 document without the network. The official 3.1 schema is not available
// offline, so this checks the rules of the 3.1 specification that our generator could break:
// the document's required fields, path templates and their path parameters, unique operation
// ids, responses with status codes, references that resolve, and every Schema Object being a
// valid JSON Schema 2020-12 (ajv's own meta-schema). Also compiles response schemas so tests can
// validate real answers against the document.
import { Ajv2020 } from "ajv/dist/2020.js";
import type { OpenApiDocument } from "../../lib/api/openapi/document";

const OPERATION_KEYS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

// Formats are not checked (ajv-formats is not installed); the zod-made patterns check dates and ids.
const newAjv = () => new Ajv2020({ strict: false, validateFormats: false, allErrors: true });

export function openApiProblems(document: OpenApiDocument): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  if (!/^3\.1\.\d+$/.test(document.openapi)) fail(`openapi is ${document.openapi}, not 3.1.x`);
  if (!document.info?.title || !document.info?.version) fail("info needs title and version");
  const ajv = newAjv();
  const checkSchema = (where: string, schema: unknown) => {
    if (!ajv.validateSchema(schema as object)) fail(`${where}: not a JSON Schema 2020-12: ${ajv.errorsText(ajv.errors)}`);
    for (const ref of JSON.stringify(schema).match(/"\$ref":"[^"]+"/g) ?? []) {
      const target = ref.slice(8, -1);
      const name = /^#\/components\/schemas\/(.+)$/.exec(target)?.[1];
      if (!name || !(name in document.components.schemas)) fail(`${where}: $ref ${target} does not resolve`);
    }
  };
  for (const [name, schema] of Object.entries(document.components.schemas)) checkSchema(`components.schemas.${name}`, schema);
  const operationIds = new Set<string>();
  for (const [path, item] of Object.entries(document.paths)) {
    if (!path.startsWith("/")) fail(`${path}: a path starts with /`);
    const templated = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
    for (const [method, operation] of Object.entries(item)) {
      const where = `${method.toUpperCase()} ${path}`;
      if (!OPERATION_KEYS.includes(method)) fail(`${where}: not an HTTP method of OpenAPI`);
      if (operationIds.has(operation.operationId)) fail(`${where}: operationId ${operation.operationId} is not unique`);
      operationIds.add(operation.operationId);
      const inPath = (operation.parameters ?? []).filter((parameter) => parameter.in === "path");
      const declared = inPath.map((parameter) => parameter.name).sort();
      if (JSON.stringify(declared) !== JSON.stringify([...templated].sort())) fail(`${where}: path parameters ${declared} do not match the template ${templated}`);
      if (inPath.some((parameter) => !parameter.required)) fail(`${where}: a path parameter must be required`);
      for (const parameter of operation.parameters ?? []) checkSchema(`${where} parameter ${parameter.name}`, parameter.schema);
      if (operation.requestBody) checkSchema(`${where} request body`, operation.requestBody.content["application/json"].schema);
      const statuses = Object.keys(operation.responses);
      if (statuses.length === 0) fail(`${where}: no responses`);
      for (const status of statuses) {
        if (!/^([1-5]\d\d|[1-5]XX|default)$/.test(status)) fail(`${where}: ${status} is not a response code`);
        const response = operation.responses[status]!;
        if (typeof response.description !== "string") fail(`${where} ${status}: a response needs a description`);
        for (const [type, media] of Object.entries(response.content ?? {})) checkSchema(`${where} ${status} ${type}`, media.schema);
      }
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
