import { PendingDetailPage } from "../../../_server/pending-detail-page";

export default async function RunPage({ params }: { params: Promise<{ id: string }> }) {
  return <PendingDetailPage kind="run" id={(await params).id} listHref="/runs" label="Run" />;
}
