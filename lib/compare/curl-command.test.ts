import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { curlCommand } from "./curl-command";

const request = {
  model: "gpt-4o-mini",
  messages: [
    { role: "system" as const, content: "Be terse." },
    { role: "user" as const, content: "It's $HOME and `date` — \"quoted\"\nsecond line" },
  ],
  params: { temperature: 0.2, topP: null, maxTokens: 64, stop: [], seed: 7 },
};

/** The arguments a POSIX shell hands to curl for this command: a stand-in curl prints them. */
function shellArguments(command: string): string[] {
  const printed = execFileSync("sh", ["-c", `curl() { printf '%s\\0' "$@"; }\n${command}`], { env: { ...process.env, OPENAI_API_KEY: "k-env", ANTHROPIC_API_KEY: "a-env" } });
  return printed.toString().split("\0").slice(0, -1);
}

describe("curlCommand", () => {
  it("calls OpenAI's official endpoint with the adapter's body and the key from $OPENAI_API_KEY", () => {
    const command = curlCommand(request, { kind: "openai", baseUrl: null });
    expect(command).toContain(`"Authorization: Bearer $OPENAI_API_KEY"`);
    const args = shellArguments(command);
    expect(args.slice(0, 2)).toEqual(["-N", "https://api.openai.com/v1/chat/completions"]);
    expect(args).toContain("Authorization: Bearer k-env");
    // Quotes, dollars, backticks and new lines in a message reach curl untouched.
    expect(JSON.parse(args.at(-1)!)).toEqual({
      model: "gpt-4o-mini",
      messages: request.messages,
      stream: true,
      stream_options: { include_usage: true },
      temperature: 0.2,
      max_completion_tokens: 64,
      seed: 7,
    });
  });

  it("sends an OpenAI-compatible server max_tokens at its own base URL", () => {
    const args = shellArguments(curlCommand(request, { kind: "openai_compatible", baseUrl: "http://127.0.0.1:11434/v1/" }));
    expect(args[1]).toBe("http://127.0.0.1:11434/v1/chat/completions");
    expect(JSON.parse(args.at(-1)!)).toMatchObject({ max_tokens: 64 });
  });

  it("calls Anthropic with the system prompt apart and the key from $ANTHROPIC_API_KEY", () => {
    const args = shellArguments(curlCommand(request, { kind: "anthropic", baseUrl: null }));
    expect(args[1]).toBe("https://api.anthropic.com/v1/messages");
    expect(args).toEqual(expect.arrayContaining(["x-api-key: a-env", "anthropic-version: 2023-06-01"]));
    expect(JSON.parse(args.at(-1)!)).toEqual({ model: "gpt-4o-mini", max_tokens: 64, stream: true, system: "Be terse.", messages: [request.messages[1]], temperature: 0.2 });
  });

  it("never carries a credential written into the base URL", () => {
    const command = curlCommand(request, { kind: "openai_compatible", baseUrl: "https://bob:sk-in-the-password@gw.example.com/v1?api-key=sk-in-the-query&region=eu" });
    expect(command).not.toContain("sk-in-the");
    expect(shellArguments(command)[1]).toMatch(/^https:\/\/bob:\*\*\*@gw\.example\.com\/v1\?api-key=\*\*\*&region=eu/);
  });
});
