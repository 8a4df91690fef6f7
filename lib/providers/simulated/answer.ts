// A simulated model's answer to a request: it reads the instructions and tasks in the prompt and,
// for each, draws whether to follow (or solve) it at its profile's rate. The draws come from a
// hash of the request, so the same request gets the same answer; at temperature > 0 without a
// seed the caller mixes a per-call salt in: the wording always changes and each decision is drawn
// afresh with probability min(1, temperature) — flakiness grows with temperature while the
// long-run rates stay those of the profile.
import { createHash } from "node:crypto";
import { seededRandom } from "../../stats/random";
import type { CompletionRequest } from "../types";
import { detectInstructions, type Instructions, type JsonInstruction } from "./instructions";
import { simulatedModelIds, type SimulatedProfile } from "./profiles";
import { bestLabel, detectArithmetic, detectExtraction, extractionFor, wrongLabel, wrongNumber, wrongValue, type ArithmeticTask, type ExtractionTask } from "./tasks";
import { codeBlock, keyTerms, markdownList, paragraphs, sentence, SIMULATED_MARKER, subjectOf, summarySentences, truncateWords, wordCount } from "./text";

type Random = () => number;

function hashSeed(parts: unknown[]): number {
  return createHash("sha256").update(JSON.stringify(parts)).digest().readUInt32LE(0);
}

/** Whether two calls of this request may differ: temperature above 0 (unset counts as 1, the
 * providers' default) and no fixed seed. */
export function isStochastic(request: CompletionRequest): boolean {
  return (request.params.temperature ?? 1) > 0 && request.params.seed == null;
}

interface Draws {
  /** A uniform draw in [0, 1) for one named decision. */
  draw(name: string): number;
  /** For wording: seeded by the request (and the salt). */
  random: Random;
}

function drawsFor(request: CompletionRequest, salt: number | null): Draws {
  const { temperature = null, topP = null, seed = null, maxTokens = null } = request.params;
  const key = [request.model, request.messages, temperature, topP, seed, maxTokens];
  const callRandom = seededRandom(hashSeed([...key, salt]));
  const redraw = Math.min(1, temperature ?? 1);
  const drawn = new Map<string, number>();
  return {
    draw(name) {
      let value = drawn.get(name);
      if (value === undefined) {
        value = seededRandom(hashSeed([...key, name]))();
        if (salt !== null && callRandom() < redraw) value = callRandom();
        drawn.set(name, value);
      }
      return value;
    },
    random: callRandom,
  };
}

interface Context {
  content: string;
  instructions: Instructions;
  profile: SimulatedProfile;
  terms: string[];
  arithmetic: ArithmeticTask | null;
  extraction: ExtractionTask | null;
  draws: Draws;
}

/** The answer's text. `salt` is null for a reproducible call, else a per-call random number. */
export function simulatedText(request: CompletionRequest, profile: SimulatedProfile, salt: number | null = null): string {
  const prompt = request.messages.filter((message) => message.role !== "assistant").map((message) => message.content).join("\n");
  const content = [...request.messages].reverse().find((message) => message.role === "user")?.content ?? "";
  const context: Context = {
    content,
    instructions: detectInstructions(prompt),
    profile,
    terms: keyTerms(subjectOf(content)),
    arithmetic: detectArithmetic(content),
    extraction: detectExtraction(content),
    draws: drawsFor(request, salt),
  };
  const text = context.instructions.json ? jsonAnswer(context, context.instructions.json) : context.instructions.labels ? labelAnswer(context, context.instructions.labels) : freeAnswer(context);
  return withoutModelNames(text, request.model);
}

const follows = (context: Context, name: string, rate: number) => context.draws.draw(name) < rate;

function solvedFacts(context: Context): string[] {
  const { arithmetic, extraction, profile } = context;
  const facts: string[] = [];
  if (arithmetic) {
    const value = follows(context, "arithmetic", profile.tasks.arithmetic) ? arithmetic.answer : wrongNumber(arithmetic.answer, context.draws.draw("arithmetic.slip"));
    facts.push(`${arithmetic.expression} = ${value}.`);
  }
  if (extraction) {
    const value = follows(context, "extraction", profile.tasks.extraction) ? extraction.value : wrongValue(extraction, context.draws.draw("extraction.slip"));
    facts.push(`The ${extraction.field} is ${value}.`);
  }
  return facts;
}

function freeAnswer(context: Context): string {
  const { instructions, profile, terms, draws } = context;
  const language = instructions.language && follows(context, "language", profile.instructions.language) ? instructions.language : null;
  const limit = instructions.maxWords;
  const keepLimit = limit !== null && follows(context, "maxWords", profile.instructions.maxWords);
  const opening =
    instructions.startsWith && follows(context, "startsWith", profile.instructions.startsWith) ? `${instructions.startsWith} (simulated)` : limit !== null && limit <= 4 && keepLimit ? "" : SIMULATED_MARKER;
  const facts = solvedFacts(context);
  const target = profile.minTokens + Math.floor(draws.random() * (profile.maxTokens - profile.minTokens + 1));
  let body: string;
  if (instructions.code !== null) body = `${codeBlock(instructions.code, terms)}\n\n${sentence(terms, draws.random, language)}`;
  else if (instructions.markdown) body = markdownList(terms, draws.random, language);
  else if (SUMMARY_ASK.test(context.content) && !language) body = extractiveSummary(subjectOf(context.content), target);
  else if (facts.length > 0) body = terms.length > 0 ? sentence(terms, draws.random, language) : "";
  else body = paragraphs(terms, target, draws.random, language);
  const block = instructions.markdown || instructions.code !== null;
  let text = [[opening, ...facts].filter(Boolean).join(" "), body].filter(Boolean).join(block ? "\n\n" : " ");
  if (limit !== null) {
    if (keepLimit) text = truncateWords(text, limit);
    else while (wordCount(text) <= limit) text += ` ${sentence(terms, draws.random, language)}`;
  }
  return text;
}

const SUMMARY_ASK = /\b(?:summari[sz]e|summary|tl;?dr|condense|in short)\b/i;

/** The material's first sentences, up to about `words` words. */
function extractiveSummary(material: string, words: number): string {
  const kept: string[] = [];
  for (const part of summarySentences(material)) {
    if (kept.length > 0 && wordCount(kept.join(" ")) + wordCount(part) > words) break;
    kept.push(part);
  }
  return kept.join(" ");
}

function labelAnswer(context: Context, labels: string[]): string {
  const { profile, terms, draws } = context;
  const right = bestLabel(subjectOf(context.content), labels);
  const label = follows(context, "classification", profile.tasks.classification) ? right : wrongLabel(labels, right, draws.draw("classification.slip"));
  if (follows(context, "labels", profile.instructions.labels)) return label;
  return `${SIMULATED_MARKER} This looks like "${label}". ${sentence(terms, draws.random)}`;
}

function jsonAnswer(context: Context, ask: JsonInstruction): string {
  const { profile, draws } = context;
  const object = ask.keys.length > 0 ? Object.fromEntries(ask.keys.map((key) => [key, valueFor(context, key, ask.keyLabels[key])])) : defaultObject(context);
  // One draw for both: keyed JSON is a kind of valid JSON, so its rate is never above JSON's.
  const u = draws.draw("json");
  if (u < profile.instructions.jsonKeys || (ask.keys.length === 0 && u < profile.instructions.json)) return JSON.stringify(object, null, 2);
  if (u < profile.instructions.json) return JSON.stringify(misnamedKeys(object, draws.draw("json.keys")), null, 2);
  return brokenJson(object, draws.draw("json.broken"));
}

function defaultObject(context: Context): Record<string, unknown> {
  const { arithmetic, extraction, instructions } = context;
  const object: Record<string, unknown> = {};
  if (arithmetic) object.result = valueFor(context, "result");
  if (extraction) object[camel(extraction.field)] = valueFor(context, extraction.field);
  if (instructions.labels) object.label = valueFor(context, "label", instructions.labels);
  if (Object.keys(object).length === 0) object.answer = `(simulated) ${sentence(context.terms, context.draws.random)}`;
  return object;
}

function valueFor(context: Context, key: string, labels?: string[]): unknown {
  const { profile, terms, draws, extraction, arithmetic, content } = context;
  const name = key.toLowerCase().replace(/[^a-z]+/g, " ").trim();
  if (labels) {
    const right = bestLabel(subjectOf(content), labels);
    return follows(context, `classification.${key}`, profile.tasks.classification) ? right : wrongLabel(labels, right, draws.draw(`classification.${key}.slip`));
  }
  const asked = extraction && (name === extraction.field.toLowerCase() || name.split(" ").some((word) => word.length > 2 && extraction.field.toLowerCase().includes(word)));
  const task = asked ? extraction : extractionFor(name, content);
  if (task) return follows(context, "extraction", profile.tasks.extraction) ? task.value : wrongValue(task, draws.draw("extraction.slip"));
  if (arithmetic && /result|answer|total|sum|value|product/.test(name)) {
    return follows(context, "arithmetic", profile.tasks.arithmetic) ? arithmetic.answer : wrongNumber(arithmetic.answer, draws.draw("arithmetic.slip"));
  }
  if (/priority|urgency|severity/.test(name)) return bestLabel(subjectOf(content), ["low", "medium", "high"]);
  if (/sentiment|tone|mood/.test(name)) return bestLabel(subjectOf(content), ["positive", "negative", "neutral"]);
  if (/tags|keywords|topics/.test(name)) return terms.slice(0, 3);
  if (/^(is|has|needs|requires|should)\b/.test(name)) return draws.random() < 0.5;
  if (/count|score|number|amount|rating/.test(name)) return 1 + Math.floor(draws.random() * 5);
  if (/language|locale/.test(name)) return "English";
  if (/summary|description|gist|abstract/.test(name)) return `(simulated) ${truncateWords(extractiveSummary(subjectOf(content), 20), 20)}`;
  return `(simulated) ${sentence(terms, draws.random)}`;
}

/** Valid JSON with the wrong keys: one renamed, or the last one left out. */
function misnamedKeys(object: Record<string, unknown>, draw: number): Record<string, unknown> {
  const entries = Object.entries(object);
  if (draw < 0.5 && entries.length > 1) return Object.fromEntries(entries.slice(0, -1));
  const [first, ...rest] = entries;
  const renamed = first![0] === first![0].toUpperCase() ? `${first![0]}_value` : first![0][0]!.toUpperCase() + first![0].slice(1);
  return Object.fromEntries([[renamed, first![1]], ...rest]);
}

/** What a model that did not quite follow "answer as JSON" sends instead. */
function brokenJson(object: Record<string, unknown>, draw: number): string {
  const json = JSON.stringify(object, null, 2);
  if (draw < 0.4) return `${SIMULATED_MARKER} Sure, here is the JSON you asked for:\n\n\`\`\`json\n${json}\n\`\`\``;
  if (draw < 0.7) return json.replace(/"([A-Za-z_][\w]*)":/g, "$1:");
  const pairs = Object.entries(object).map(([key, value]) => `${key}: ${Array.isArray(value) ? value.join(", ") : String(value)}`);
  return `${SIMULATED_MARKER} ${pairs.join("; ")}.`;
}

const camel = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+([a-z0-9])/g, (_, char: string) => char.toUpperCase());

/** Blind comparisons and reviews must not be able to tell the model from its text. */
function withoutModelNames(text: string, model: string): string {
  const names = [...new Set([model, ...simulatedModelIds])].filter((name) => name.length >= 3).map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(names.join("|"), "gi"), "the model");
}
