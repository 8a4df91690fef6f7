import { PendingDetailPage } from "../../../_server/pending-detail-page";

export default async function DatasetPage({ params }: { params: Promise<{ id: string }> }) {
  return <PendingDetailPage kind="dataset" id={(await params).id} listHref="/datasets" label="Dataset" />;
}
