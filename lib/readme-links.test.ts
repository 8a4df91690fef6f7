// README.md and docs/*.md link only to files inside this repository that exist: a moved or deleted
// file, or a link into a folder beside the checkout (../shared), fails here instead of 404ing for
// a reader on GitHub. Links with a scheme (https:, mailto:) and in-page anchors are left alone.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "..");

/** The link targets of a Markdown text: inline links and images, reference definitions, HTML
 * href/src; not inside fenced code blocks or code spans. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "").replace(/`[^`\n]*`/g, "");
  const patterns = [/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)]*)?\)/g, /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm, /\b(?:href|src)\s*=\s*["']([^"']+)["']/g];
  return patterns.flatMap((pattern) => [...prose.matchAll(pattern)].map((match) => match[1]!));
}

/** Why a link in `file` (relative to the repository) does not reach a file of the repository, or null. */
function brokenLink(file: string, target: string, repositoryRoot = root): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("#")) return null;
  const relative = decodeURIComponent(target.split(/[?#]/)[0]!);
  if (relative === "") return null;
  const resolved = path.resolve(repositoryRoot, path.dirname(file), relative);
  if (path.relative(repositoryRoot, resolved).startsWith("..") || path.isAbsolute(relative)) return `${file}: ${target} points outside the repository`;
  return existsSync(resolved) ? null : `${file}: ${target} does not exist`;
}

const documents = ["README.md", ...readdirSync(path.join(root, "docs")).filter((name) => name.endsWith(".md")).map((name) => `docs/${name}`)];

describe("links in the README and docs", () => {
  it("reach files that exist inside the repository", () => {
    expect(documents.length).toBeGreaterThan(5);
    const targets = documents.flatMap((file) => linkTargets(readFileSync(path.join(root, file), "utf8")).map((target) => [file, target] as const));
    expect(targets.filter(([, target]) => !/^[a-z]+:/i.test(target)).length).toBeGreaterThan(10);
    expect(targets.map(([file, target]) => brokenLink(file, target)).filter(Boolean)).toEqual([]);
  });

  it("are found in every form, and a missing or outside target is named", () => {
    const sample = [
      "See [the docs](docs/README.md \"title\"), ![a shot](docs/missing.png) and [shared](../shared/DESIGN.md).",
      "[ref]: lib/nowhere.ts",
      '<img src="docs/architecture.md"> [web](https://example.com) [here](#top) `[code](not/a/link.md)`',
      "```md\n[fenced](not/a/link.md)\n```",
    ].join("\n");
    const targets = linkTargets(sample);
    expect(targets.sort()).toEqual(["#top", "../shared/DESIGN.md", "docs/README.md", "docs/architecture.md", "docs/missing.png", "https://example.com", "lib/nowhere.ts"]);
    expect(targets.map((target) => brokenLink("README.md", target)).filter(Boolean).sort()).toEqual([
      "README.md: ../shared/DESIGN.md points outside the repository",
      "README.md: docs/missing.png does not exist",
      "README.md: lib/nowhere.ts does not exist",
    ]);
    expect(brokenLink("docs/ci.md", "../lib/stats/README.md")).toBeNull();
  });
});
