// Parsers for the CLI's flags (commander's option parsers): a bad value throws commander's
// InvalidArgumentError, which it reports as a usage error (exit 2). Values are validated with zod.
import { InvalidArgumentError } from "commander";
import { z } from "zod";
import { parseFailOn, type FailOn } from "./fail-on";

/** Commander parser from a zod schema: a bad value is a usage error. */
export function parser<T>(schema: z.ZodType<T>, message: string) {
  return (value: string) => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new InvalidArgumentError(message);
    return parsed.data;
  };
}

export const port = parser(z.coerce.number().int().min(1).max(65_535), "a port is a whole number from 1 to 65535");
export const positiveInt = parser(z.coerce.number().int().min(1), "a whole number of at least 1");
export const positiveNumber = parser(z.coerce.number().positive(), "a number above 0");
export const list = (value: string) => value.split(",").map((part) => part.trim()).filter(Boolean);
export const levels = parser(z.string().transform((value) => list(value).map(Number)).pipe(z.array(z.number().int().min(1)).min(1)), "comma-separated whole numbers, e.g. 1,4,16");

/** Repeatable --fail-on: each occurrence adds a condition. */
export const failOn = (value: string, previous: FailOn[] = []) => {
  try {
    return [...previous, parseFailOn(value)];
  } catch (error) {
    throw new InvalidArgumentError((error as Error).message);
  }
};

/** Repeatable --var NAME=VALUE. */
export const variable = (value: string, previous: Record<string, string> = {}) => {
  const at = value.indexOf("=");
  if (at < 1) throw new InvalidArgumentError(`"${value}" is not NAME=VALUE`);
  return { ...previous, [value.slice(0, at)]: value.slice(at + 1) };
};
