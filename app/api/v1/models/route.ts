import { apiRoute } from "@/lib/api/route";
import { listModels } from "@/lib/providers/models";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ models: await listModels() }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
