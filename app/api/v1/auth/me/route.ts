import { apiRoute } from "@/lib/api/route";

export const GET = apiRoute({ role: "reviewer" }, async ({ user }) => ({ user }));
