"use client";

import { memo } from "react";
import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { rehypeHighlightQuotes } from "./highlight-quotes";
import "./highlight-theme.css";

/** Model output as Markdown. react-markdown never renders raw HTML (it is shown as text), and
 * links get rel=noreferrer, so an answer cannot inject markup or scripts into the page. */
export const Markdown = memo(function Markdown({ text, quotes = [] }: { text: string; quotes?: string[] }) {
  return (
    // globals.css styles .prose-answer for light pages; the dark theme swaps its fixed colours
    // here. A wide table scrolls inside the answer instead of widening its column.
    <div className="prose-answer text-sm leading-relaxed break-words [&_table]:block [&_table]:max-w-full [&_table]:overflow-x-auto dark:[&_:not(pre)>code]:bg-muted dark:[&_a]:text-primary dark:[&_pre]:bg-zinc-900 dark:[&_td]:border-border dark:[&_th]:border-border">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeHighlight, { detect: true, ignoreMissing: true }], [rehypeHighlightQuotes, { quotes }]]}
        components={{ a: ({ href, children }) => <a href={href} target="_blank" rel="noreferrer noopener">{children}</a> }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
});
