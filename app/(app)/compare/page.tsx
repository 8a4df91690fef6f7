import type { Metadata } from "next";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { listVariantRows } from "@/lib/overview/lists";
import { requireUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Compare" };

export default async function ComparePage() {
  await requireUser("reviewer");
  const variants = await listVariantRows();
  return (
    <>
      <PageHeader title="Compare" description="Send one prompt to 2–8 variants and watch the answers stream side by side." />
      <EmptyState icon="⇄" title={variants.length < 2 ? "Compare needs at least two variants" : "The playground is on its way"} action={{ href: "/settings/variants", label: "Manage variants" }}>
        {variants.length < 2 ? (
          <p>
            A variant is a model plus a name, a system prompt and sampling settings. The built-in simulated models work offline, so you can try
            Juxta without any API key.
          </p>
        ) : (
          <p>You have {variants.length} variants. Side-by-side streaming with live latency, tokens and cost arrives with the compare playground.</p>
        )}
      </EmptyState>
    </>
  );
}
