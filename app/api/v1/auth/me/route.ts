import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { userSchema } from "@/lib/auth/users";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";

export const GET = apiRoute({ role: "reviewer", summary: "Who is signed in (the cookie's or the token's user).", response: z.object({ user: userSchema }) }, async ({ user }) => ({ user }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
