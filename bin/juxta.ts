// The `juxta` CLI. Flags are parsed by commander and validated with zod; usage errors exit 2.
import { Command, InvalidArgumentError } from "commander";
import { z } from "zod";
import { createApiToken } from "../lib/auth/api-tokens";
import { roles } from "../lib/auth/roles";
import { createUser, findUserByEmail } from "../lib/auth/users";
import { AppError } from "../lib/api/errors";
import { disconnectDb } from "../lib/db/client";
import { prepareRuntime } from "../lib/cli/runtime";
import { startJuxta } from "../lib/cli/start";
import { runWorker } from "../lib/cli/worker";

const portSchema = z.coerce.number().int().min(1).max(65_535);
const parsePort = (value: string) => {
  const parsed = portSchema.safeParse(value);
  if (!parsed.success) throw new InvalidArgumentError("a port is a whole number from 1 to 65535");
  return parsed.data;
};

/** Runs a one-shot command against the database, then closes everything it opened. */
async function withDatabase(run: () => Promise<void>) {
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

const program = new Command()
  .name("juxta")
  .description("Compare LLM model variants side by side on evidence.")
  .exitOverride((error) => process.exit(error.exitCode === 0 ? 0 : 2));

program
  .command("start")
  .description("Start everything: database, migrations, web server and worker")
  .option("-p, --port <port>", "port of the web server", parsePort, Number(process.env.PORT ?? 3000))
  .option("-H, --host <host>", "address to listen on", "0.0.0.0")
  .action((options: { port: number; host: string }) => startJuxta(options));

program
  .command("worker")
  .description("Run the job worker alone (to scale out)")
  .action(() => runWorker());

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
  .action((options: { email: string; name: string }) =>
    withDatabase(async () => {
      const user = await findUserByEmail(options.email);
      const created = await createApiToken(user.id, options.name);
      console.error(`Token "${created.name}" for ${user.email} (shown once; store it now):`);
      console.log(created.token);
    }),
  );

try {
  await program.parseAsync(process.argv);
} catch (error) {
  // Errors meant for people (AppError) print as a line; anything else keeps its stack.
  console.error(`juxta: ${error instanceof AppError ? error.detail : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
}
