// A date in a response schema: a Date on the server, an ISO 8601 string on the wire. apiRoute()
// encodes a handler's result through the response schema, and the JSON side (z.input) is what
// clients get and what the OpenAPI document describes (format: date-time).
import { z } from "zod";

export const isoDate = z.codec(z.iso.datetime({ offset: true }), z.date(), {
  decode: (text) => new Date(text),
  encode: (date) => date.toISOString(),
});
