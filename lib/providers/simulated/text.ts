// Readable simulated prose, built from the prompt's own words: sentences from small templates with
// the prompt's key terms in them, in English or one of a few other languages, as paragraphs, a
// Markdown list or a code block. Pure: the caller supplies the seeded random source.
import type { Language } from "./instructions";

/** Every free-text answer opens with this, so nobody mistakes it for a real model's. */
export const SIMULATED_MARKER = "(Simulated answer)";

type Random = () => number;

const STOPWORDS = new Set(
  ("a about above after again against all also am an and any are as at be because been before being below between both but by can could did do does doing down " +
    "during each few for from further had has have having he her here hers him his how i if in into is it its itself just me more most my no nor not now of off on " +
    "once only or other our out over own same she should so some such than that the their them then there these they this those through to too under until up " +
    "very was we were what when where which while who whom why will with would you your yours please answer reply respond return give write words word json keys " +
    "key fields field format formatted exactly following label labels categories category one under least most maybe tell explain describe short sentence " +
    "sentences list using use make sure output object only start begin phrase text below above value values given pick choose extract summarise " +
    "summarize summary bullet bullets markdown table heading classify function script snippet code query program class french spanish german italian " +
    "portuguese english python javascript typescript sql bash rust java implement whether return hi hello thanks message").split(" "),
);

/** The prompt's content words, in order of first appearance, without repeats. */
export function keyTerms(text: string, limit = 8): string[] {
  const terms: string[] = [];
  for (const raw of text.match(/[\p{L}][\p{L}\p{N}'-]*/gu) ?? []) {
    const word = raw.replace(/'s$/, "");
    const lower = word.toLowerCase();
    if (word.length < 4 || /\d/.test(word) || STOPWORDS.has(lower) || terms.some((term) => term.toLowerCase() === lower)) continue;
    terms.push(/^[A-Z]{2,}$/.test(word) ? word : lower);
    if (terms.length >= limit) break;
  }
  return terms;
}

/** The material a prompt is about: the text after its instruction ("…from this message: <text>"),
 * or its last paragraph when instructions and material are separated by a blank line. */
export function subjectOf(content: string): string {
  const paragraphs = content.trim().split(/\n\s*\n/);
  const last = paragraphs.at(-1)!.replace(/^[A-Z][\w ]{0,20}:\s*/, "");
  if (paragraphs.length > 1) return last;
  const colon = /^[^:\n]{8,160}:\s+(\S[\s\S]{20,})$/.exec(content.trim());
  return colon ? colon[1]! : content;
}

/** The material's own sentences, in order: an extractive summary. */
export function summarySentences(text: string): string[] {
  return text.replace(/\s+/g, " ").trim().split(/(?<=[.!?])\s+(?=[A-Z0-9"])/).filter((part) => part.length > 0);
}

const TEMPLATES: Record<Language | "English", string[]> = {
  English: [
    "The short version: it mostly comes down to {a} and {b}.",
    "Start with {a}, because that is where most of the difference shows.",
    "If {b} matters more than {c}, keep the simpler option and measure again.",
    "A good next step is to check {a} against a few real examples.",
    "In practice, {c} is where the surprises tend to be.",
    "Keep an eye on {b}: small changes there move the result.",
    "Compared with {c}, {a} is easier to get right first.",
    "It is worth writing down what {b} should look like before deciding.",
    "Most teams underestimate {c} at first and pay for it later.",
    "Try two options side by side on {a} and keep the one that fails less often.",
    "The risk with {b} is mostly in the edge cases, not the common path.",
    "Measure {a} before and after the change, otherwise the comparison is guesswork.",
    "A simple rule helps: settle {b} first, then tune {c}.",
    "If time is short, focus on {a}; {c} can wait a week.",
  ],
  French: [
    "En bref, tout dépend surtout de {a} et de {b}.",
    "Il faut commencer par {a}, car c'est là que la différence se voit.",
    "Si {b} compte plus que {c}, gardez l'option la plus simple et mesurez encore.",
    "Une bonne étape suivante est de vérifier {a} sur quelques exemples réels.",
    "En pratique, les surprises viennent souvent de {c}.",
  ],
  Spanish: [
    "En resumen, todo depende sobre todo de {a} y de {b}.",
    "Conviene empezar por {a}, porque ahí se nota la diferencia.",
    "Si {b} importa más que {c}, mantenga la opción más sencilla y vuelva a medir.",
    "Un buen siguiente paso es comprobar {a} con algunos ejemplos reales.",
    "En la práctica, las sorpresas suelen estar en {c}.",
  ],
  German: [
    "Kurz gesagt hängt es vor allem von {a} und {b} ab.",
    "Am besten beginnt man mit {a}, weil dort der Unterschied sichtbar wird.",
    "Wenn {b} wichtiger ist als {c}, bleiben Sie bei der einfacheren Lösung und messen Sie erneut.",
    "Ein guter nächster Schritt ist, {a} an einigen echten Beispielen zu prüfen.",
    "In der Praxis liegen die Überraschungen meistens bei {c}.",
  ],
  Italian: [
    "In breve, dipende soprattutto da {a} e da {b}.",
    "Conviene iniziare da {a}, perché è lì che si vede la differenza.",
    "Se {b} conta più di {c}, tenete l'opzione più semplice e misurate di nuovo.",
    "Un buon passo successivo è verificare {a} su alcuni esempi reali.",
    "In pratica, le sorprese arrivano spesso da {c}.",
  ],
  Portuguese: [
    "Em resumo, tudo depende sobretudo de {a} e de {b}.",
    "Vale a pena começar por {a}, porque é aí que a diferença aparece.",
    "Se {b} importa mais do que {c}, mantenha a opção mais simples e meça de novo.",
    "Um bom próximo passo é verificar {a} com alguns exemplos reais.",
    "Na prática, as surpresas costumam estar em {c}.",
  ],
};

const pick = <T>(items: readonly T[], random: Random): T => items[Math.floor(random() * items.length)]!;
const FALLBACK_TERMS = ["the details", "the context", "the trade-offs"];

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** Fills a template's {a} {b} {c} with different terms where there are enough. */
function fill(template: string, terms: string[], random: Random): string {
  const order = shuffled(terms.length > 0 ? terms : FALLBACK_TERMS, random);
  return template.replace(/\{([abc])\}/g, (_, slot: string) => order[(slot.charCodeAt(0) - 97) % order.length]!);
}

/** One sentence about the terms. */
export function sentence(terms: string[], random: Random, language: Language | null = null): string {
  return fill(pick(TEMPLATES[language ?? "English"], random), terms, random);
}

/** Sentences until `words` words, no template twice in a row, as paragraphs of three sentences. */
export function paragraphs(terms: string[], words: number, random: Random, language: Language | null = null): string {
  const parts: string[] = [];
  let deck: string[] = [];
  let count = 0;
  while (count < words) {
    if (deck.length === 0) deck = shuffled(TEMPLATES[language ?? "English"], random);
    const next = fill(deck.pop()!, terms, random);
    parts.push(next);
    count += wordCount(next);
  }
  return parts.map((part, index) => (index > 0 && index % 3 === 0 ? `\n\n${part}` : index > 0 ? ` ${part}` : part)).join("");
}

/** A Markdown answer: a heading and a bullet per term. */
export function markdownList(terms: string[], random: Random, language: Language | null = null): string {
  const shown = terms.length > 0 ? terms.slice(0, 4) : FALLBACK_TERMS;
  const templates = shuffled(TEMPLATES[language ?? "English"], random);
  const bullets = shown.map((term, index) => `- **${term}**: ${fill(templates[index % templates.length]!, [term, ...shown.filter((other) => other !== term)], random)}`);
  const title = shown.slice(0, 2).join(" and ");
  return `### ${title[0]!.toUpperCase()}${title.slice(1)}\n\n${bullets.join("\n")}`;
}

/** A small, plausible code block in the language asked for. */
export function codeBlock(language: string, terms: string[]): string {
  const name = (terms[0] ?? "value").replace(/[^A-Za-z0-9]+/g, "_").toLowerCase();
  const fn = name.replace(/_([a-z])/g, (_, char: string) => char.toUpperCase());
  const bodies: Record<string, string> = {
    python: `def ${name}(items):\n    """Return the ${terms[1] ?? "items"} worth keeping."""\n    return [item for item in items if item]\n`,
    sql: `SELECT ${name}, COUNT(*) AS total\nFROM ${terms[1]?.replace(/\W+/g, "_") ?? "items"}\nGROUP BY ${name}\nORDER BY total DESC;\n`,
    bash: `#!/usr/bin/env bash\nset -euo pipefail\necho "${terms.slice(0, 3).join(" ")}"\n`,
  };
  const fallback = `export function ${fn}(items: string[]): string[] {\n  // Keep the ${terms[1] ?? "items"} that are set.\n  return items.filter(Boolean);\n}\n`;
  const tag = language || "typescript";
  return `\`\`\`${tag}\n${bodies[tag] ?? fallback}\`\`\``;
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** At most `limit` words: whole sentences when at least one fits, else the first words. */
export function truncateWords(text: string, limit: number): string {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= limit) return text;
  const kept = words.slice(0, limit);
  const lastEnd = kept.findLastIndex((word) => /[.!?]$/.test(word));
  // The opening marker alone is not a sentence worth ending on.
  if (lastEnd >= 2 && !/^\(Simulated answer\)$/.test(kept.slice(0, lastEnd + 1).join(" "))) return kept.slice(0, lastEnd + 1).join(" ");
  // Do not end on "the" or "of": drop dangling small words before the full stop.
  while (kept.length > 3 && /^(?:a|an|the|of|and|or|to|in|on|for|with|by|at|from)$/i.test(kept.at(-1)!)) kept.pop();
  return kept.join(" ").replace(/[,;:—-]+$/, "").replace(/[.!?]?$/, ".");
}
