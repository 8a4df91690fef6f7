import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer" }, async ({ user }) => ({ user }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
