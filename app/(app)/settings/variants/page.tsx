import type { Metadata } from "next";
import { ResourceList } from "@/components/overview/resource-list";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listVariantRows } from "@/lib/overview/lists";
import { requireUser } from "../../../_server/require-user";

export const metadata: Metadata = { title: "Variants" };

export default async function VariantsPage() {
  await requireUser("reviewer");
  const rows = await listVariantRows();
  return (
    <>
      <PageHeader title="Variants" description="A variant is a model plus a name, system prompt and sampling settings: the unit everything compares." />
      {rows.length === 0 ? (
        <EmptyState icon="◧" title="No variants yet" action={{ href: "/settings/providers", label: "See available models" }}>
          <p>The simulated models sim-fast, sim-balanced and sim-large are ready to use offline; real models appear when a provider is configured.</p>
        </EmptyState>
      ) : (
        <ResourceList rows={rows} />
      )}
    </>
  );
}
