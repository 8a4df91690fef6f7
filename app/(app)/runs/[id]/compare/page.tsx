import type { Metadata } from "next";
import { z } from "zod";
import { RunVersusRun } from "@/components/runs/run-versus-run";
import { requireUser } from "../../../../_server/require-user";
import { existingRecordId } from "../../../../_server/existing-record";

export const metadata: Metadata = { title: "Compare runs" };

export default async function CompareRunsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ against?: string }> }) {
  await requireUser("reviewer");
  const id = await existingRecordId("run", params);
  const { against } = await searchParams;
  const other = against && z.uuid().safeParse(against).success ? against : undefined;
  return <RunVersusRun id={id} against={other} />;
}
