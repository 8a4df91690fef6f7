// `juxta …` as a real process, as a user or CI runs it: exit code and everything it printed.
import { spawn } from "node:child_process";
import path from "node:path";

export const juxtaBin = path.resolve(import.meta.dirname, "..", "..", "bin", "juxta.js");

export function runJuxta(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [juxtaBin, ...args], { env: { ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
