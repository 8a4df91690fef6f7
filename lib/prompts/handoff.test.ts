import { describe, expect, it } from "vitest";
import { handoffQuery, readHandoff, splitForCompare } from "./handoff";

const id = "0190f5d2-7a5b-7c3e-9d4f-1a2b3c4d5e6f";

describe("the prompt handoff to Compare", () => {
  it("round-trips prompt, version and values through the address, and refuses a malformed one", () => {
    const handoff = { promptId: id, version: 3, values: { city: "Paris & Lyon", n: "2" } };
    expect(readHandoff(new URLSearchParams(handoffQuery(handoff)))).toEqual(handoff);
    expect(readHandoff(new URLSearchParams("text=hello"))).toBeNull();
    expect(readHandoff(new URLSearchParams(`prompt=${id}&version=0`))).toBeNull();
    expect(readHandoff(new URLSearchParams(`prompt=${id}&version=1&values=[1]`))).toBeNull();
    expect(readHandoff(new URLSearchParams(`prompt=${id}&version=1`))).toEqual({ promptId: id, version: 1, values: {} });
  });

  it("splits a rendered prompt into system text and the user message, counting what Compare cannot take", () => {
    expect(
      splitForCompare([
        { role: "system", content: "Be brief." },
        { role: "user", content: "Hi" },
        { role: "assistant", content: "Hello" },
        { role: "user", content: "Bye" },
      ]),
    ).toEqual({ system: "Be brief.", text: "Hi\n\nBye", dropped: 1 });
    expect(splitForCompare([{ role: "user", content: "Hi" }])).toEqual({ system: null, text: "Hi", dropped: 0 });
  });
});
