// Any /api/v1 path no route claims: a problem document instead of Next's HTML 404 page.
import { problemResponse } from "@/lib/api/problem";

function unknownRoute(request: Request) {
  const path = new URL(request.url).pathname;
  return problemResponse({
    type: "urn:juxta:problem:not_found",
    status: 404,
    detail: `There is no API endpoint ${request.method} ${path}.`,
    instance: path,
  });
}

export { unknownRoute as GET, unknownRoute as POST, unknownRoute as PUT, unknownRoute as PATCH, unknownRoute as DELETE };
