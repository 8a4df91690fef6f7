import { idParams } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { methodNotAllowed } from "@/lib/api/method-not-allowed";
import { deleteGoldPair } from "@/lib/review/gold";

/** Votes already cast on the pair stay; they just stop counting towards gold accuracy. */
export const DELETE = apiRoute({ role: "admin", summary: "Unmark a gold pair; votes on it stay.", params: idParams, response: null }, async ({ params }) => {
  await deleteGoldPair(params.id);
  return null;
});

export const { GET, POST, PUT, PATCH } = methodNotAllowed("DELETE");
