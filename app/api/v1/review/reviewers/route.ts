import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { reviewerReport } from "@/lib/review/reviewers";

/** Per reviewer: votes, agreement, side bias, time per vote, gold accuracy, flags, exclusions. */
export const GET = apiRoute({ role: "admin" }, async () => ({ reviewers: await reviewerReport() }));

export const { POST, PUT, PATCH, DELETE } = methodNotAllowed("GET");
