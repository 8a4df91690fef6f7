import { describe, expect, it } from "vitest";
import { extractVariables, MissingVariablesError, renderTemplate } from "./template";

const template = [
  { role: "system" as const, content: "You answer as {{ persona }}." },
  { role: "user" as const, content: "Summarise {{text}} in {{words}} words. Again: {{text}}" },
];

describe("prompt templates", () => {
  it("finds variables in order of first appearance, once each", () => {
    expect(extractVariables(template)).toEqual(["persona", "text", "words"]);
    expect(extractVariables([{ role: "user", content: "no variables, {not one}, {{ 1bad }}" }])).toEqual([]);
  });

  it("fills every occurrence and does not re-scan inserted values", () => {
    const rendered = renderTemplate(template, { persona: "a pirate", text: "the {{persona}} memo", words: 20 });
    expect(rendered).toEqual([
      { role: "system", content: "You answer as a pirate." },
      { role: "user", content: "Summarise the {{persona}} memo in 20 words. Again: the {{persona}} memo" },
    ]);
  });

  it("refuses to render with a variable missing, naming it", () => {
    expect(() => renderTemplate(template, { persona: "x" })).toThrow(MissingVariablesError);
    expect(() => renderTemplate(template, { persona: "x" })).toThrow("No value for {{text}}, {{words}}.");
    expect(renderTemplate(template, { persona: "", text: "", words: 0 })[1]!.content).toBe("Summarise  in 0 words. Again: ");
  });
});
