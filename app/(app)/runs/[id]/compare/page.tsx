import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { RunVersusRun } from "@/components/runs/run-versus-run";
import { findTitle } from "@/lib/overview/find-title";
import { requireUser } from "../../../../_server/require-user";

export const metadata: Metadata = { title: "Compare runs" };

export default async function CompareRunsPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ against?: string }> }) {
  await requireUser("reviewer");
  const { id } = await params;
  const { against } = await searchParams;
  if (!z.uuid().safeParse(id).success || (await findTitle("run", id)) === null) notFound();
  const other = against && z.uuid().safeParse(against).success ? against : undefined;
  return <RunVersusRun id={id} against={other} />;
}
