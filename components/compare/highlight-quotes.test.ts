import { describe, expect, it } from "vitest";
import { rehypeHighlightQuotes, splitByQuotes } from "./highlight-quotes";

describe("quote highlighting", () => {
  it("splits text around every quote, earliest first", () => {
    expect(splitByQuotes("The answer is 42, not 43.", ["42", "not"])).toEqual([
      { text: "The answer is ", marked: false },
      { text: "42", marked: true },
      { text: ", ", marked: false },
      { text: "not", marked: true },
      { text: " 43.", marked: false },
    ]);
    // Blank quotes would mark every space: they are ignored.
    expect(splitByQuotes("nothing here", ["zzz", " "]).filter((part) => part.marked)).toHaveLength(0);
    expect(splitByQuotes("abc", [])).toEqual([{ text: "abc", marked: false }]);
  });

  it("wraps quotes in <mark> inside paragraphs but not inside code", () => {
    const tree = {
      type: "root",
      children: [
        { type: "element", tagName: "p", children: [{ type: "text", value: "Use a cache here." }] },
        { type: "element", tagName: "pre", children: [{ type: "element", tagName: "code", children: [{ type: "text", value: "cache()" }] }] },
      ],
    };
    rehypeHighlightQuotes({ quotes: ["cache"] })(tree);
    const paragraph = tree.children[0]!.children!;
    expect(paragraph.map((node) => ("tagName" in node ? node.tagName : node.type))).toEqual(["text", "mark", "text"]);
    expect(JSON.stringify(tree.children[1])).not.toContain("mark");
  });
});
