"use client";

import { memo } from "react";
import ReactMarkdown from "react-markdown";
import rehypeHighlight from "rehype-highlight";
import remarkGfm from "remark-gfm";
import "highlight.js/styles/github.css";

/** Model output as Markdown. react-markdown never renders raw HTML (it is shown as text), and
 * links get rel=noreferrer, so an answer cannot inject markup or scripts into the page. */
export const Markdown = memo(function Markdown({ text }: { text: string }) {
  return (
    <div className="prose-answer text-sm leading-relaxed break-words">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[[rehypeHighlight, { detect: true, ignoreMissing: true }]]}
        components={{ a: ({ href, children }) => <a href={href} target="_blank" rel="noreferrer noopener">{children}</a> }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
});
