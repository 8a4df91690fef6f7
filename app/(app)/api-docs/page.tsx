import type { Metadata } from "next";
import { ApiReference } from "@/components/api-docs/api-reference";
import { PageHeader } from "@/components/ui/page-header";
import { apiDocument } from "@/lib/api/openapi/api-document";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "API reference" };

export default async function ApiDocsPage() {
  await requireUser("reviewer");
  return (
    <>
      <PageHeader
        title="API reference"
        description={
          <>
            Every endpoint under /api/v1, generated from the schemas the routes validate with. Call it with an API token (
            <code>Authorization: Bearer …</code>); errors are problem documents. The same description as OpenAPI 3.1:{" "}
            <a className="underline" href="/api/v1/openapi.json">
              /api/v1/openapi.json
            </a>
            .
          </>
        }
      />
      <ApiReference document={apiDocument()} />
    </>
  );
}
