#!/usr/bin/env node
// The `juxta` command. The CLI is TypeScript sharing lib/ with the web app and the worker;
// tsx compiles it on the fly, so there is no separate build step for it.
import { register } from "tsx/esm/api";

register();
await import("./juxta.ts");
