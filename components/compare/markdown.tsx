"use client";

import { memo } from "react";
import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import { rehypeHighlightQuotes } from "./highlight-quotes";
import "highlight.js/styles/github.css";

/** Model output as Markdown. react-markdown never renders raw HTML (it is shown as text), and
 * links get rel=noreferrer, so an answer cannot inject markup or scripts into the page. */
export const Markdown = memo(function Markdown({ text, quotes = [] }: { text: string; quotes?: string[] }) {
  return (
    <div className="prose-answer text-sm leading-relaxed break-words">
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
