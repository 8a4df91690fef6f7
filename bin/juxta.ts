// The `juxta` CLI. Flags are parsed by commander and validated with zod; usage errors exit 2.
// Commands that talk to a running server load only their HTTP client: everything server-side —
// the database client, pg-boss, the provider SDKs, Next — is imported inside the commands that use
// it (the bundle splits it into chunks, cli-bundle.js), so `juxta replay` does not pay to load it.
import { Command } from "commander";
import { z } from "zod";
import { DEFAULT_TOKEN_DAYS, MAX_TOKEN_DAYS, tokenDaysSchema } from "../lib/auth/token-days";
import { roles } from "../lib/auth/roles";
import { AppError } from "../lib/api/errors";
import { env } from "../lib/config/env";
import { UsageError } from "../lib/cli/api-client";
import { FAIL_ON_HELP, type FailOn } from "../lib/cli/fail-on";
import { failOn, levels, list, parser, port, positiveInt, positiveNumber, variable } from "../lib/cli/flag-parsers";
import { judgeRun } from "../lib/cli/judge-command";
import { showRun, startAndFollow } from "../lib/cli/run-commands";
import { routingWhatIf } from "../lib/cli/routing-command";
import { showScorecard } from "../lib/cli/scorecard-command";
import { makeNoisyCopyCommand } from "../lib/cli/dataset-commands";
import { noiseKinds } from "../lib/datasets/noisy/perturbations";
import { createWatchCommand, listWatchesCommand, runWatchNowCommand } from "../lib/cli/watch-commands";
import type { CreateWatchInput } from "../lib/watch/schemas";

/** Runs a one-shot command against the database, then closes everything it opened. */
async function withDatabase(run: () => Promise<void>) {
  const [{ prepareRuntime }, { disconnectDb }] = await Promise.all([import("../lib/cli/runtime"), import("../lib/db/client")]);
  const runtime = await prepareRuntime({ migrate: true, shareRunning: true, log: (line) => console.error(`juxta: ${line}`) });
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError || error instanceof z.ZodError) {
      const message = error instanceof z.ZodError ? error.issues.map((issue) => issue.message).join("; ") : error.detail;
      console.error(`juxta: ${message}`);
      process.exitCode = error instanceof z.ZodError ? 2 : 1;
    } else {
      throw error;
    }
  } finally {
    await disconnectDb();
    await runtime.stop();
  }
  // The schema engine leaves a 10 s lock-timeout timer behind after migrating; a one-shot
  // command has nothing left to wait for.
  process.exit();
}

/** Runs a command that talks to a running server; sets the exit code it returns. */
async function againstServer(run: () => Promise<number>) {
  try {
    process.exitCode = await run();
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`juxta: ${error.message}`);
    process.exitCode = 2;
  }
}

const program = new Command()
  .name("juxta")
  .description("Compare LLM model variants side by side on evidence.")
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program
  .command("start")
  .description("Start everything: database, migrations, web server and worker")
  .option("-p, --port <port>", "port of the web server", port, env().PORT)
  .option("-H, --host <host>", "address to listen on", "0.0.0.0")
  .action(async (options: { port: number; host: string }) => (await import("../lib/cli/start")).startJuxta(options));

program
  .command("web")
  .description("Run the web server alone (to scale out: several web processes and workers on one PostgreSQL)")
  .option("-p, --port <port>", "port of the web server", port, env().PORT)
  .option("-H, --host <host>", "address to listen on", "0.0.0.0")
  .action(async (options: { port: number; host: string }) => (await import("../lib/cli/web")).serveWeb(options));

program
  .command("worker")
  .description("Run the job worker alone (to scale out)")
  .action(async () => (await import("../lib/cli/worker")).runWorker());

const users = program.command("users").description("Manage users");
users
  .command("create")
  .description("Create a user")
  .requiredOption("--email <email>")
  .requiredOption("--name <name>")
  .requiredOption("--role <role>", `one of ${roles.join(", ")}`)
  .requiredOption("--password <password>")
  .action((options: { email: string; name: string; role: string; password: string }) =>
    withDatabase(async () => {
      const { createUser } = await import("../lib/auth/users");
      const user = await createUser({ ...options, role: options.role as (typeof roles)[number] });
      console.log(`Created ${user.role} ${user.email}`);
    }),
  );

const tokens = program.command("tokens").description("Manage API tokens");
tokens
  .command("create")
  .description("Create an API token for a user; it is printed once")
  .requiredOption("--email <email>", "the user the token acts as")
  .requiredOption("--name <name>", "a name to recognise the token by")
  .option("--days <n>", `days until it expires, 1 to ${MAX_TOKEN_DAYS}`, parser(z.coerce.number().pipe(tokenDaysSchema), `whole days from 1 to ${MAX_TOKEN_DAYS}`), DEFAULT_TOKEN_DAYS)
  .action((options: { email: string; name: string; days: number }) =>
    withDatabase(async () => {
      const [{ findUserByEmail }, { createApiToken }] = await Promise.all([import("../lib/auth/users"), import("../lib/auth/api-tokens")]);
      const user = await findUserByEmail(options.email);
      const created = await createApiToken(user.id, options.name, options.days);
      console.error(`Token "${created.name}" for ${user.email}, expires ${created.expiresAt.toISOString().slice(0, 10)} (shown once; store it now):`);
      console.log(created.token);
    }),
  );

program
  .command("demo")
  .description('Load a demo workspace on the simulated models (everything named "Demo · …")')
  .option("--remove", "remove the demo data, and only it")
  .option("--email <email>", "the user to create it as (default: the first admin)")
  .action((options: { remove?: boolean; email?: string }) => withDatabase(async () => (await import("../lib/demo/cli")).demoCommand(options)));

const serverNote = "Talks to a running Juxta: JUXTA_URL (default http://localhost:3000) and JUXTA_TOKEN.";

interface RunFlags {
  prompt: string;
  budget?: number;
  name?: string;
  failOn?: FailOn[];
  json?: boolean;
  junit?: string;
}
const JUNIT_HELP = "write a JUnit XML report to FILE for CI: a test case per item, failures with their assertions' reasons";
const commonRunFlags = (command: Command) =>
  command
    .requiredOption("--prompt <name[@version]>", "the prompt (latest version unless @N)")
    .option("--budget <usd>", "stop when the run has spent this much", positiveNumber)
    .option("--name <name>", "a name for the run")
    .option("--fail-on <condition>", FAIL_ON_HELP, failOn)
    .option("--json", "print the run and its summary as JSON (no progress bar)")
    .option("--junit <file>", JUNIT_HELP);
const outputOf = (flags: Pick<RunFlags, "json" | "failOn" | "junit">) => ({ json: flags.json === true, failOn: flags.failOn ?? [], junit: flags.junit });

commonRunFlags(
  program
    .command("replay")
    .description(`Replay a dataset against variants and wait for the result. ${serverNote}`)
    .requiredOption("--dataset <name>", "the dataset")
    .requiredOption("--variants <a,b,c>", "variant names, comma-separated", list)
    .option("--repeat <n>", "repetitions of each case", positiveInt, 1)
    .option("--concurrency <c>", "calls in flight at once", positiveInt, 4)
    .option("--baseline <runId>", "a run to compare answers with"),
).action((flags: RunFlags & { dataset: string; variants: string[]; repeat: number; concurrency: number; baseline?: string }) =>
  againstServer(() =>
    startAndFollow(
      { kind: "replay", name: flags.name, prompt: flags.prompt, dataset: flags.dataset, variants: flags.variants, repetitions: flags.repeat, concurrency: flags.concurrency, baselineRunId: flags.baseline, budgetUsd: flags.budget },
      outputOf(flags),
    ),
  ),
);

commonRunFlags(
  program
    .command("load")
    .description(`Send one request N times at concurrency C (a sweep with C1,C2,…) and wait. ${serverNote}`)
    .requiredOption("--variant <name>", "the variant under load")
    .requiredOption("--requests <n>", "requests at each concurrency level", positiveInt)
    .requiredOption("--concurrency <c[,c…]>", "concurrency level(s)", levels)
    .option("--var <name=value>", "a value for the prompt's {{name}} (repeatable)", variable),
).action((flags: RunFlags & { variant: string; requests: number; concurrency: number[]; var?: Record<string, string> }) =>
  againstServer(() =>
    startAndFollow(
      { kind: "load", name: flags.name, prompt: flags.prompt, variants: [flags.variant], requests: flags.requests, concurrencyLevels: flags.concurrency, variables: flags.var ?? {}, budgetUsd: flags.budget },
      outputOf(flags),
    ),
  ),
);

const runs = program.command("runs").description("Look at runs");
runs
  .command("show")
  .description(`Print a run's summary table. ${serverNote}`)
  .argument("<id>", "the run id")
  .option("--fail-on <condition>", FAIL_ON_HELP, failOn)
  .option("--json", "print the run and its summary as JSON")
  .option("--junit <file>", JUNIT_HELP)
  .action((id: string, flags: Pick<RunFlags, "json" | "failOn" | "junit">) => againstServer(() => showRun(id, outputOf(flags))));

program
  .command("judge")
  .description(`Judge a finished replay run's answers pairwise, in both orders, with a judge variant and a rubric; wait for the result. ${serverNote}`)
  .requiredOption("--run <id>", "the replay run")
  .requiredOption("--judge <variant>", "the judge variant (name or id)")
  .requiredOption("--rubric <file>", "a text file: what makes one answer better than the other")
  .option("--json", "print the judging, the wins per pair and every verdict as JSON")
  .action((flags: { run: string; judge: string; rubric: string; json?: boolean }) => againstServer(() => judgeRun({ ...flags, json: flags.json === true })));

program
  .command("routing")
  .description(`Project a routing, cascade or fallback policy over a finished replay's answers (no new calls). ${serverNote}`)
  .requiredOption("--run <id>", "the replay run")
  .requiredOption("--policy <file>", "a JSON policy file (README: Routing what-ifs)")
  .option("--json", "print the projection as JSON")
  .action((flags: { run: string; policy: string; json?: boolean }) => againstServer(() => routingWhatIf(flags.run, flags.policy, { json: flags.json === true })));

program
  .command("scorecard")
  .description(`Rank a run's variants on the scorecard: figures with 95 % intervals, score, tiers, Pareto-optimal variants. ${serverNote}`)
  .requiredOption("--run <id>", "the run id")
  .option("--json", "print the scorecard as JSON")
  .option("--csv", "print it as CSV (one row per variant)")
  .option("--md", "print it as Markdown")
  .action((flags: { run: string; json?: boolean; csv?: boolean; md?: boolean }) =>
    againstServer(async () => {
      const chosen = (["json", "csv", "md"] as const).filter((format) => flags[format]);
      if (chosen.length > 1) throw new UsageError("Choose one of --json, --csv and --md.");
      return showScorecard(flags.run, chosen[0] ?? "table");
    }),
  );

const datasets = program.command("datasets").description("Work with datasets");
datasets
  .command("noisy")
  .description(`Make a noisy copy of a dataset: clean copies of its cases plus one perturbed case per kind. The same seed makes the same copy. ${serverNote}`)
  .argument("<id>", "the dataset id")
  .option("--kinds <kinds>", `comma-separated: ${noiseKinds.join(", ")}`, list, [...noiseKinds])
  .requiredOption("--seed <n>", "the seed, a whole number from 0 to 4294967295", parser(z.coerce.number().int().min(0).max(2 ** 32 - 1), "a whole number from 0 to 4294967295"))
  .option("--name <name>", "a name for the copy (default: \"<dataset> — noisy (seed N)\")")
  .option("--json", "print the new dataset as JSON")
  .action((id: string, flags: { kinds: string[]; seed: number; name?: string; json?: boolean }) => againstServer(() => makeNoisyCopyCommand(id, { ...flags, json: flags.json === true })));

const watch = program.command("watch").description("Scheduled canary replays that catch a provider's silent change");
watch
  .command("create")
  .description(`Save a replay on a cron schedule, compared with a baseline each time. ${serverNote}`)
  .requiredOption("--name <name>", "the watch's name")
  .requiredOption("--prompt <name[@version]>", "the prompt (pinned to its latest version unless @N)")
  .requiredOption("--dataset <name>", "the dataset")
  .requiredOption("--variants <a,b,c>", "variant names, comma-separated", list)
  .requiredOption("--cron <expression>", 'five-field cron, e.g. "0 6 * * *"')
  .option("--tz <zone>", "the time zone the cron is read in", "UTC")
  .option("--repeat <n>", "repetitions of each case", positiveInt, 1)
  .option("--concurrency <c>", "calls in flight at once", positiveInt, 4)
  .option("--baseline <runId>", "compare with this run (default: the watch's first run)")
  .option("--budget <usd>", "stop each run when it has spent this much", positiveNumber)
  .option("--assertions <json>", 'assertions applied to every case, as JSON, e.g. \'[{"type":"is_json"}]\'', parser(z.string().transform((value, context) => {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: "not JSON" });
      return z.NEVER;
    }
  }), "a JSON array of assertions"))
  .option("--webhook <url>", "POST alerts here, signed (repeatable)", (value: string, previous: string[] = []) => [...previous, value])
  .option("--json", "print the watch as JSON")
  .action((flags: { name: string; prompt: string; dataset: string; variants: string[]; cron: string; tz: string; repeat: number; concurrency: number; baseline?: string; budget?: number; assertions?: unknown; webhook?: string[]; json?: boolean }) =>
    againstServer(() =>
      createWatchCommand(
        {
          name: flags.name, prompt: flags.prompt, dataset: flags.dataset, variants: flags.variants, cron: flags.cron, timeZone: flags.tz, repetitions: flags.repeat, concurrency: flags.concurrency,
          baselineRunId: flags.baseline, budgetUsd: flags.budget, assertions: flags.assertions as CreateWatchInput["assertions"], webhooks: (flags.webhook ?? []).map((url) => ({ url })),
        },
        flags.json === true,
      ),
    ),
  );
watch.command("list").description(`List watches. ${serverNote}`).option("--json", "print them as JSON").action((flags: { json?: boolean }) => againstServer(() => listWatchesCommand(flags.json === true)));
watch
  .command("run-now")
  .description(`Run a watch now, outside its schedule. ${serverNote}`)
  .argument("<watch>", "the watch's id or name")
  .option("--json", "print the started run as JSON")
  .action((reference: string, flags: { json?: boolean }) => againstServer(() => runWatchNowCommand(reference, flags.json === true)));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Errors meant for people (AppError) print as a line; anything else keeps its stack.
  console.error(`juxta: ${error instanceof AppError ? error.detail : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
