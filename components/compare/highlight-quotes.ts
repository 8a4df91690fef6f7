// A rehype plugin that wraps quoted spans of an answer in <mark>, so an annotation's quote is
// highlighted where it stands in the rendered Markdown. Works on text nodes, so a quote that
// crosses formatting (e.g. half in bold) is not highlighted; the annotation still shows it.
interface Node {
  type: string;
  value?: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

export function splitByQuotes(text: string, quotes: string[]): { text: string; marked: boolean }[] {
  const wanted = quotes.filter((quote) => quote.trim().length > 0);
  const parts: { text: string; marked: boolean }[] = [];
  let rest = text;
  while (rest.length > 0) {
    let best: { index: number; quote: string } | null = null;
    for (const quote of wanted) {
      const index = rest.indexOf(quote);
      if (index !== -1 && (best === null || index < best.index)) best = { index, quote };
    }
    if (!best) {
      parts.push({ text: rest, marked: false });
      break;
    }
    if (best.index > 0) parts.push({ text: rest.slice(0, best.index), marked: false });
    parts.push({ text: best.quote, marked: true });
    rest = rest.slice(best.index + best.quote.length);
  }
  return parts;
}

export function rehypeHighlightQuotes(options: { quotes: string[] }) {
  return (tree: Node) => {
    const visit = (node: Node) => {
      if (!node.children || node.tagName === "code" || node.tagName === "pre") return;
      node.children = node.children.flatMap((child) => {
        if (child.type !== "text" || !child.value) {
          visit(child);
          return [child];
        }
        return splitByQuotes(child.value, options.quotes).map((part) =>
          part.marked
            ? { type: "element", tagName: "mark", properties: { className: ["quote-mark"] }, children: [{ type: "text", value: part.text }] }
            : { type: "text", value: part.text },
        );
      });
    };
    visit(tree);
  };
}
