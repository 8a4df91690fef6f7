// The web side of scenario 8 as a process of its own, as `juxta start` serves it apart from the
// provider: the real run route handlers over HTTP (tests/helpers/route-server.ts), so their CPU
// is counted apart from the wire server's (which lives in the bench's process). Prints its URL as
// one JSON line and serves until its standard input closes.
import * as comparisonsRoute from "../app/api/v1/runs/[id]/comparisons/route";
import * as eventsRoute from "../app/api/v1/runs/[id]/events/route";
import * as runRoute from "../app/api/v1/runs/[id]/route";
import * as summaryRoute from "../app/api/v1/runs/[id]/summary/route";
import * as runsRoute from "../app/api/v1/runs/route";
import { startRouteServer } from "../tests/helpers/route-server";

const server = await startRouteServer({ "/api/v1/runs": runsRoute, "/api/v1/runs/[id]": runRoute, "/api/v1/runs/[id]/events": eventsRoute, "/api/v1/runs/[id]/summary": summaryRoute, "/api/v1/runs/[id]/comparisons": comparisonsRoute });
console.log(JSON.stringify({ url: server.url }));
process.stdin.resume();
process.stdin.on("close", () => process.exit(0));
