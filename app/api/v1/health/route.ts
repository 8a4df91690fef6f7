import { apiRoute } from "@/lib/api/route";
import { checkHealth } from "@/lib/health";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ role: "public" }, async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.db === "up" ? 200 : 503, headers: { "cache-control": "no-store" } });
});
