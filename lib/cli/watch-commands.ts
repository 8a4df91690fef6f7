// `juxta watch create|list|run-now`: watches through the REST API, like the run commands.
import { watchesApi, type NewWatch } from "../api-client/watches";
import { apiClientFromEnv, UsageError } from "./api-client";

export async function createWatchCommand(input: NewWatch, json: boolean): Promise<number> {
  const api = apiClientFromEnv();
  const created = await watchesApi(api.transport).create(input);
  if (json) console.log(JSON.stringify(created, null, 2));
  else {
    const { watch } = created;
    console.log(`Watch ${watch.id} "${watch.name}": ${watch.cron} (${watch.timeZone}), next run ${watch.nextRunAt ?? "–"} · ${api.url}/watches/${watch.id}`);
    // Shown once, like an API token: the receiver needs it to check X-Juxta-Signature.
    for (const { url, secret } of created.generatedSecrets) console.log(`Webhook ${url}: signing secret ${secret} (shown once)`);
  }
  return 0;
}

export async function listWatchesCommand(json: boolean): Promise<number> {
  const { watches } = await watchesApi(apiClientFromEnv().transport).list();
  if (json) {
    console.log(JSON.stringify(watches, null, 2));
    return 0;
  }
  if (watches.length === 0) console.log("No watches yet: create one with `juxta watch create`.");
  for (const watch of watches) {
    const state = watch.paused ? "paused" : `next ${watch.nextRunAt}`;
    const alerts = watch.openAlerts > 0 ? ` · ${watch.openAlerts} open alert${watch.openAlerts === 1 ? "" : "s"}` : "";
    console.log(`${watch.id}  ${watch.name}  ${watch.cron} ${watch.timeZone}  ${state}${alerts}`);
  }
  return 0;
}

/** By id or by name. */
export async function runWatchNowCommand(reference: string, json: boolean): Promise<number> {
  const api = apiClientFromEnv();
  const client = watchesApi(api.transport);
  const { watches } = await client.list();
  const watch = watches.find((entry) => entry.id === reference || entry.name === reference);
  if (!watch) throw new UsageError(`No watch with the id or name "${reference}".`);
  const { watchRun } = await client.runNow(watch.id);
  if (json) console.log(JSON.stringify(watchRun, null, 2));
  else console.log(`Started run ${watchRun.runId} of watch "${watch.name}": ${api.url}/runs/${watchRun.runId} (drift is checked when it finishes: ${api.url}/watches/${watch.id})`);
  return 0;
}
