#!/usr/bin/env node
// The `juxta` command. The CLI is TypeScript sharing lib/ with the web app and the worker;
// tsx compiles it on the fly, so there is no separate build step for it.
import { register } from "tsx/esm/api";

// tsconfig.node.json: server-only resolves to an empty module here (see its comment).
register({ tsconfig: new URL("../tsconfig.node.json", import.meta.url).pathname });
await import("./juxta.ts");
