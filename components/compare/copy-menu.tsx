"use client";

import { ChevronDown, Copy, FileCode2, FileText, Terminal } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { toast } from "@/components/ui/sonner";

async function copy(text: Promise<string> | string, what: string) {
  try {
    await navigator.clipboard.writeText(await text);
    toast.success(`${what} copied`);
  } catch (error) {
    // A refused request (a blind session, a simulated model) says why; the clipboard says nothing useful.
    toast.error(error instanceof Error && error.name === "ApiError" ? error.message : "The browser did not allow copying; select the text instead.");
  }
}

/** Copy an answer as the text it reads as, as its Markdown source, or its request as curl.
 * `curl` is absent when there is no request to show (why: `curlUnavailable`). */
export function CopyMenu({
  markdown,
  plainText,
  curl,
  curlUnavailable,
}: {
  markdown: string;
  plainText: () => string;
  curl?: () => Promise<string>;
  curlUnavailable?: string;
}) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm" className="h-7 px-2" aria-label="Copy">
          <Copy aria-hidden />
          <span className="hidden sm:inline">Copy</span>
          <ChevronDown className="size-3" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-60">
        <DropdownMenuItem onSelect={() => void copy(plainText(), "Answer")}>
          <FileText aria-hidden /> Copy answer
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => void copy(markdown, "Markdown")}>
          <FileCode2 aria-hidden /> Copy as Markdown
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DropdownMenuItem disabled={!curl} onSelect={() => curl && void copy(curl(), "The request as curl")}>
          <Terminal aria-hidden /> Copy request as curl
        </DropdownMenuItem>
        <DropdownMenuLabel className="pt-0 font-normal">{curl ? "The key stays out: it reads $OPENAI_API_KEY or $ANTHROPIC_API_KEY." : curlUnavailable}</DropdownMenuLabel>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
