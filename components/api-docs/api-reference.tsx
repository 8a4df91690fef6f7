// The API reference: the OpenAPI document, grouped by resource, one card per route and method.
import { Badge, type BadgeProps } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import type { OpenApiDocument, Operation } from "@/lib/api/openapi/document";
import { SchemaView } from "./schema-view";

const methodTone: Record<string, BadgeProps["variant"]> = { get: "info", post: "success", put: "warning", patch: "warning", delete: "destructive" };

export function ApiReference({ document }: { document: OpenApiDocument }) {
  const byTag = new Map<string, { path: string; method: string; operation: Operation }[]>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const tag = operation.tags[0] ?? "api";
      byTag.set(tag, [...(byTag.get(tag) ?? []), { path, method, operation }]);
    }
  }
  const tags = [...byTag.keys()].sort();
  return (
    <div className="grid gap-6 lg:grid-cols-[12rem_1fr]">
      <nav aria-label="Resources" className="lg:sticky lg:top-4 lg:self-start">
        <ul className="flex flex-wrap gap-2 text-sm lg:flex-col lg:gap-1">
          {tags.map((tag) => (
            <li key={tag}>
              <a href={`#${tag}`} className="text-muted-foreground hover:text-foreground">
                {tag}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="min-w-0 space-y-8">
        {tags.map((tag) => (
          <section key={tag} id={tag} aria-labelledby={`${tag}-heading`} className="space-y-3">
            <h2 id={`${tag}-heading`} className="text-lg font-semibold text-foreground">
              {tag}
            </h2>
            {byTag.get(tag)!.map(({ path, method, operation }) => (
              <OperationCard key={operation.operationId} path={path} method={method} operation={operation} />
            ))}
          </section>
        ))}
      </div>
    </div>
  );
}

function OperationCard({ path, method, operation }: { path: string; method: string; operation: Operation }) {
  const body = operation.requestBody?.content["application/json"].schema;
  const successes = Object.entries(operation.responses).filter(([status]) => status !== "default");
  return (
    <Card id={operation.operationId} data-testid="api-operation">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2 font-mono text-sm">
          <Badge variant={methodTone[method] ?? "secondary"}>{method.toUpperCase()}</Badge>
          <span className="break-all">{path}</span>
          <Badge variant="outline">{operation["x-juxta-role"] === "public" ? "no login" : `${operation["x-juxta-role"]} or above`}</Badge>
        </CardTitle>
        <p className="text-sm text-muted-foreground">{operation.summary}</p>
      </CardHeader>
      <CardContent className="space-y-3">
        {operation.parameters && (
          <Part title="Parameters">
            <ul className="space-y-1 text-xs">
              {operation.parameters.map((parameter) => (
                <li key={`${parameter.in}-${parameter.name}`}>
                  <span className="font-mono font-medium">{parameter.name}</span>
                  {!parameter.required && <span className="text-muted-foreground">?</span>}
                  <span className="ml-2 text-muted-foreground">in {parameter.in}</span>
                  <span className="ml-2 font-mono text-muted-foreground">{String(parameter.schema.type ?? parameter.schema.format ?? "")}</span>
                </li>
              ))}
            </ul>
          </Part>
        )}
        {body && (
          <Part title="Body (JSON)">
            <SchemaView schema={body} />
          </Part>
        )}
        {successes.map(([status, response]) => (
          <Part key={status} title={`${status} — ${response.description}`}>
            {response.content?.["application/json"] && <SchemaView schema={response.content["application/json"].schema} />}
          </Part>
        ))}
      </CardContent>
    </Card>
  );
}

function Part({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div>
      <h3 className="mb-1 text-xs font-semibold uppercase tracking-wide text-muted-foreground">{title}</h3>
      {children}
    </div>
  );
}
