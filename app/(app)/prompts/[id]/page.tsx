import { PendingDetailPage } from "../../../_server/pending-detail-page";

export default async function PromptPage({ params }: { params: Promise<{ id: string }> }) {
  return <PendingDetailPage kind="prompt" id={(await params).id} listHref="/prompts" label="Prompt" />;
}
