// Where scenario 8's time goes: CPU seconds of each process over one side's spawn → exit (the
// client — `juxta replay` or the raw loop —, this process with the wire server, the web process,
// the worker, the PostgreSQL cluster), and the replay's wall-clock phases from the timestamps the
// run, its job and its items carry.
import { spawn } from "node:child_process";
import path from "node:path";
import { db } from "../lib/db/client";
import { BOSS_SCHEMA } from "../lib/jobs/boss-schema";
import { reapedChildrenCpuSeconds, treeCpuSeconds } from "./process-cpu";
import type { Row } from "./report";
import type { WorkerProcess } from "./worker-process";

export interface CpuSplit {
  /** `juxta replay` or the raw loop: the child that ran spawn → exit. */
  client: number | null;
  /** The bench's own process: the wire server playing the provider. */
  provider: number;
  web: number | null;
  worker: number | null;
  postgres: number | null;
}

export interface WebProcess {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The run route handlers in a process of their own (route-server-process.ts). */
export async function startWebProcess(): Promise<WebProcess> {
  const script = path.join(import.meta.dirname, "route-server-process.ts");
  const env = { ...process.env, TSX_TSCONFIG_PATH: path.resolve(import.meta.dirname, "..", "tsconfig.node.json") };
  // JUXTA_BENCH_CPU_PROF=<dir>: a CPU profile of this process too, in <dir>/web.
  const profile = process.env.JUXTA_BENCH_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${path.join(process.env.JUXTA_BENCH_CPU_PROF, "web")}`] : [];
  const child = spawn(process.execPath, [...profile, "--import", "tsx", script], { env, stdio: ["pipe", "pipe", "inherit"] });
  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
      const line = out.split("\n").find((text) => text.startsWith("{"));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once("exit", (code) => reject(new Error(`the web process exited ${code} before serving`)));
  });
  return {
    url,
    pid: child.pid!,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.stdin.end();
      }),
  };
}

const difference = (after: number | null, before: number | null) => (after === null || before === null ? null : after - before);

export function cpuMeter(worker: WorkerProcess, web: WebProcess, postmaster: number | null) {
  const read = (): CpuSplit => {
    const own = process.cpuUsage();
    return { client: reapedChildrenCpuSeconds(), provider: (own.user + own.system) / 1e6, web: treeCpuSeconds(web.pid), worker: worker.cpuSeconds(), postgres: postmaster === null ? null : treeCpuSeconds(postmaster) };
  };
  return {
    start() {
      const before = read();
      return {
        stop(): CpuSplit {
          const after = read();
          return { client: difference(after.client, before.client), provider: after.provider - before.provider, web: difference(after.web, before.web), worker: difference(after.worker, before.worker), postgres: difference(after.postgres, before.postgres) };
        },
      };
    },
  };
}

export interface ReplayPhases {
  /** Spawn → the run's row (CLI start, login, resolving and planning the run). */
  toRunRow: number;
  /** The run's row → its job sent (the items written, the transaction committed, the send). */
  toJobSent: number;
  /** Job sent → the executor took the run (the worker's queue poll). */
  toExecutor: number;
  /** The executor took the run → the first item saved. */
  toFirstItem: number;
  /** First → last item saved. */
  items: number;
  /** Last item saved → the run marked done. */
  toRunDone: number;
  /** The run done → the CLI's last output (summary snapshot, the follower's end event, report). */
  toPrinted: number;
  /** The last output → the CLI's exit. */
  toExit: number;
}

/** Seconds of each phase of the run `runId`, from its CLI's spawn to its exit (ms since the
 * epoch; the database's clock is this machine's). */
export async function replayPhases(runId: string, cli: { startedAt: number; printedAt: number; exitedAt: number }): Promise<ReplayPhases> {
  const [row] = await db().$queryRawUnsafe<Array<Record<"created" | "sent" | "started" | "first" | "last" | "finished", Date>>>(
    `SELECT r."createdAt" AS created, j.created_on AS sent, r."startedAt" AS started, min(i."finishedAt") AS first, max(i."finishedAt") AS last, r."finishedAt" AS finished
     FROM "Run" r JOIN "RunItem" i ON i."runId" = r.id
     LEFT JOIN ${BOSS_SCHEMA}.job j ON j.name = 'runs.execute' AND j.data->>'runId' = r.id::text
     WHERE r.id = $1::uuid GROUP BY r.id, j.created_on`,
    runId,
  );
  const at = (date: Date) => date.getTime();
  const seconds = (from: number, to: number) => (to - from) / 1000;
  const { created, sent, started, first, last, finished } = row!;
  return {
    toRunRow: seconds(cli.startedAt, at(created)),
    toJobSent: seconds(at(created), at(sent)),
    toExecutor: seconds(at(sent), at(started)),
    toFirstItem: seconds(at(started), at(first)),
    items: seconds(at(first), at(last)),
    toRunDone: seconds(at(last), at(finished)),
    toPrinted: seconds(at(finished), cli.printedAt),
    toExit: seconds(cli.printedAt, cli.exitedAt),
  };
}

const fixed = (value: number | null, digits = 2) => (value === null ? "n/a" : value.toFixed(digits));

export function splitRows(juxta: CpuSplit, sdk: CpuSplit, phases: ReplayPhases): Row[] {
  const scenario = "8. Replay end to end";
  const split = (cpu: CpuSplit) => `client ${fixed(cpu.client)}, provider ${fixed(cpu.provider)}, web ${fixed(cpu.web)}, worker ${fixed(cpu.worker)}, PostgreSQL ${fixed(cpu.postgres)}`;
  const p = phases;
  const total = (cpu: CpuSplit) => [cpu.client, cpu.provider, cpu.web, cpu.worker, cpu.postgres].reduce<number>((sum, value) => sum + (value ?? 0), 0);
  return [
    // On 2 busy cores wall time follows CPU: this ratio is what the wall ratio tends to on a quiet machine, and a busy one bends it far less.
    { scenario, measure: "CPU s of every process, raw SDK side ÷ Juxta side", value: `${fixed(total(sdk), 1)} ÷ ${fixed(total(juxta), 1)} = ${fixed(total(sdk) / total(juxta))}×`, target: "—", met: null },
    { scenario, measure: "CPU s by process, Juxta side (spawn → exit)", value: split(juxta), target: "—", met: null },
    { scenario, measure: "CPU s by process, raw SDK side (spawn → exit)", value: split(sdk), target: "—", met: null },
    {
      scenario,
      measure: "Juxta wall phases, s: spawn → run row → job sent → executor → first item → last item → run done → printed → exit",
      value: [p.toRunRow, p.toJobSent, p.toExecutor, p.toFirstItem, p.items, p.toRunDone, p.toPrinted, p.toExit].map((value) => fixed(value)).join(" → "),
      target: "—",
      met: null,
    },
  ];
}
