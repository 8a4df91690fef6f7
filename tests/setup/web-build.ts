// Each e2e file's `juxta start` builds the web app when the sources changed since the last build
// (lib/cli/next-server.ts). Built here, once, before any e2e file starts, the starts find it
// fresh, and two builds can never meet in the same .next/. `npm test` (scripts/test.mjs) runs this file as a script after the
// typecheck, beside the unit and integration files, so the e2e vitest finds the build done and
// it costs the suite little time of its own.
import type { TestProject } from "vitest/node";
import { buildIfStale } from "../../lib/cli/next-server";

declare module "vitest" {
  export interface ProvidedContext {
    /** Why the web app could not be built; each e2e file's start fails with it (the unit and
     * integration files still run and report). Empty when it was built. */
    webBuildFailure: string;
  }
}

const say = (line: string) => console.log(`web build: ${line}`);

export default function setup(project: TestProject) {
  try {
    buildIfStale(say);
    project.provide("webBuildFailure", "");
  } catch (error) {
    project.provide("webBuildFailure", error instanceof Error ? error.message : String(error));
  }
}

if (process.argv[1] === import.meta.filename) buildIfStale(say);
