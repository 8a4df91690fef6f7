import { apiRoute } from "@/lib/api/route";
import { listModels } from "@/lib/providers/models";

export const GET = apiRoute({ role: "reviewer" }, async () => ({ models: await listModels() }));
