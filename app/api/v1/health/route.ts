import { apiRoute } from "@/lib/api/route";
import { checkHealth } from "@/lib/health";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ role: "public" }, async () => {
  const health = await checkHealth();
  return Response.json(health, { status: health.db === "up" ? 200 : 503, headers: { "cache-control": "no-store" } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
