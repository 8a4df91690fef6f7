import { InvalidArgumentError } from "commander";
import { describe, expect, it } from "vitest";
import { levels, port, variable } from "./flag-parsers";

describe("CLI flag parsers", () => {
  it("takes ports 1–65535 and refuses the rest as usage errors", () => {
    expect(port("3000")).toBe(3000);
    expect(() => port("0")).toThrow(InvalidArgumentError);
    expect(() => port("65536")).toThrow("a port is a whole number from 1 to 65535");
  });

  it("reads concurrency levels and repeatable NAME=VALUE variables", () => {
    expect(levels("1, 4,16")).toEqual([1, 4, 16]);
    expect(() => levels("1,0")).toThrow(InvalidArgumentError);
    expect(variable("b=x=y", { a: "1" })).toEqual({ a: "1", b: "x=y" });
    expect(() => variable("=x")).toThrow('"=x" is not NAME=VALUE');
  });
});
