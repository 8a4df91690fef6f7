#!/usr/bin/env node
// The `juxta` command. The CLI is TypeScript sharing lib/ with the web app and the worker; it runs
// from a precompiled bundle (cli-bundle.js), built on first use and whenever a source changed.
import { pathToFileURL } from "node:url";
import { freshBundle } from "./cli-bundle.js";
import { cappedHeapArgs, runWithHeapCap } from "./heap-cap.js";

const bundle = await freshBundle();
const capped = process.argv[2] === "worker" ? cappedHeapArgs() : null;
if (capped) await runWithHeapCap(bundle, capped);
else await import(pathToFileURL(bundle).href);
