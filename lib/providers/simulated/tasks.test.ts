import { describe, expect, it } from "vitest";
import { bestLabel, detectArithmetic, detectExtraction, wrongLabel, wrongNumber, wrongValue } from "./tasks";

describe("task detectors", () => {
  it("finds and evaluates arithmetic, with precedence and words", () => {
    expect(detectArithmetic("What is 17 * 23?")).toEqual({ expression: "17 * 23", answer: 391 });
    expect(detectArithmetic("Compute (4 + 5) / 3, please.")).toEqual({ expression: "(4 + 5) / 3", answer: 3 });
    expect(detectArithmetic("What is 12 plus 30 times 2?")?.answer).toBe(72);
    expect(detectArithmetic("Calculate 7.5 - 10")?.answer).toBe(-2.5);
    // Dates, ranges and numbers with no question are not sums.
    expect(detectArithmetic("The meeting is on 2025-10-01.")).toBeNull();
    expect(detectArithmetic("Pick 3-5 examples.")).toBeNull();
    expect(detectArithmetic("What is the capital of France?")).toBeNull();
  });

  it("gets arithmetic wrong like a slip, never right by accident", () => {
    for (const draw of [0, 0.1, 0.3, 0.6, 0.99]) expect(wrongNumber(391, draw)).not.toBe(391);
    expect(wrongNumber(7, 0.9)).toBe(17);
  });

  it("finds the value to extract by the shape its name implies", () => {
    expect(detectExtraction("Extract the order number from this message: my order ORD-77120 never arrived.")).toEqual({ field: "order number", value: "ORD-77120", decoys: [] });
    expect(detectExtraction("What is the refund amount in this email? I paid $45.00 but was charged $90.00; refund $45.00 please.")?.value).toBe("$45.00");
    expect(detectExtraction("Find the email address in: write to ana@example.com or bo@example.org")).toMatchObject({ value: "ana@example.com", decoys: ["bo@example.org"] });
    expect(detectExtraction("Extract the invoice number: Invoice INV-2041 replaces INV-2040.")?.value).toBe("INV-2041");
    expect(detectExtraction("Extract the order number from this message: I have no order yet.")).toBeNull();
    expect(detectExtraction("Tell me a story about ORD-77120.")).toBeNull();
  });

  it("misses an extraction with a decoy or a changed digit", () => {
    expect(wrongValue({ field: "email", value: "a@x.io", decoys: ["b@x.io"] }, 0.2)).toBe("b@x.io");
    const changed = wrongValue({ field: "order number", value: "ORD-77120", decoys: [] }, 0.5);
    expect(changed).not.toBe("ORD-77120");
    expect(changed).toMatch(/^ORD-7712\d$/);
  });

  it("picks the label the text points at, by name or by hints", () => {
    const labels = ["billing", "bug", "account", "feature"];
    expect(bestLabel("I was charged twice, please refund me.", labels)).toBe("billing");
    expect(bestLabel("The export crashes with an error every time.", labels)).toBe("bug");
    expect(bestLabel("I cannot log in since I changed my password.", labels)).toBe("account");
    expect(bestLabel("Could you add dark mode? It would be nice.", labels)).toBe("feature");
    expect(bestLabel("I love it, great work!", ["positive", "negative", "neutral"])).toBe("positive");
    expect(wrongLabel(labels, "billing", 0)).not.toBe("billing");
  });
});
