// The settings forms parse the API's zod schemas in the browser. zod 4 compiles object parsers
// with `new Function` after probing whether eval is allowed; under our Content-Security-Policy
// (no 'unsafe-eval') the probe itself is reported as a violation. Jitless parsing never probes.
import { z } from "zod";

z.config({ jitless: true });
