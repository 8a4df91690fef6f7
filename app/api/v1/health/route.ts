import { apiRoute, reply } from "@/lib/api/route";
import { checkHealth, healthSchema } from "@/lib/health";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const dynamic = "force-dynamic";

export const GET = apiRoute({ role: "public", summary: "Liveness and database check, without a login: 503 with db \"down\" while the database is unreachable.", response: healthSchema }, async () => {
  const health = await checkHealth();
  return reply(health, { status: health.db === "up" ? 200 : 503, headers: { "cache-control": "no-store" } });
});

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
