// The baseline of scenario 1: a plain loop of the official `openai` SDK, streaming, storing
// nothing, at the same concurrency against the same server. Runs as its own process, as the worker
// does, so neither shares a CPU with the wire server's event loop. Prints {ms, completions, cpuSeconds}.
import { readFileSync } from "node:fs";
import OpenAI from "openai";

interface Job {
  baseURL: string;
  concurrency: number;
  requests: Array<{ model: string; messages: Array<{ role: "system" | "user" | "assistant"; content: string }> }>;
}

const job = JSON.parse(readFileSync(process.argv[2]!, "utf8")) as Job;
const client = new OpenAI({ baseURL: job.baseURL, apiKey: "bench", maxRetries: 0 });
let next = 0;
let completions = 0;
const started = performance.now();
await Promise.all(
  Array.from({ length: job.concurrency }, async () => {
    while (next < job.requests.length) {
      const request = job.requests[next++]!;
      const stream = await client.chat.completions.create({ model: request.model, messages: request.messages, stream: true, stream_options: { include_usage: true } });
      let text = "";
      for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? "";
      if (text.length > 0) completions += 1;
    }
  }),
);
const cpu = process.cpuUsage();
console.log(JSON.stringify({ ms: performance.now() - started, completions, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
