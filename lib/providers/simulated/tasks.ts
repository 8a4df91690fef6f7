// Small verifiable tasks a simulated model can find in a prompt and solve — or, at its profile's
// rate, get wrong in a plausible way. Pure: the caller supplies the random draws.

export interface ArithmeticTask {
  expression: string;
  answer: number;
}

const WORD_OPERATORS: [RegExp, string][] = [
  [/\bmultiplied by\b|\btimes\b|×/gi, "*"],
  [/\bdivided by\b|÷/gi, "/"],
  [/\bplus\b/gi, "+"],
  [/\bminus\b/gi, "-"],
];
const EXPRESSION = /\(?\s*-?\d+(?:\.\d+)?(?:\s*[-+*/]\s*\(?\s*-?\d+(?:\.\d+)?\s*\)?)+/;

/** "What is 17 * 23?", "12 plus 30 times 2", "(4 + 5) / 3" → the expression and its value. */
export function detectArithmetic(prompt: string): ArithmeticTask | null {
  let text = prompt;
  for (const [pattern, operator] of WORD_OPERATORS) text = text.replace(pattern, ` ${operator} `);
  // Dates (2025-10-01), phone numbers and ranges (3-5) are not sums: ask for an explicit question.
  if (!/\b(?:what is|what's|compute|calculate|evaluate|how much is|solve|result of)\b|=\s*\?/i.test(prompt)) return null;
  const match = EXPRESSION.exec(text);
  if (!match) return null;
  const expression = match[0].trim().replace(/\s+/g, " ");
  const answer = evaluate(expression);
  return answer === null ? null : { expression, answer };
}

/** A recursive-descent evaluator for + - * / and parentheses; null if it does not parse. */
function evaluate(expression: string): number | null {
  const tokens = expression.match(/\d+(?:\.\d+)?|[-+*/()]/g) ?? [];
  let position = 0;
  const peek = () => tokens[position];
  const factor = (): number => {
    const token = tokens[position++];
    if (token === "-") return -factor();
    if (token === "(") {
      const value = sum();
      if (tokens[position++] !== ")") throw new Error("unbalanced");
      return value;
    }
    if (token === undefined || !/^\d/.test(token)) throw new Error("number expected");
    return Number(token);
  };
  const product = (): number => {
    let value = factor();
    while (peek() === "*" || peek() === "/") value = tokens[position++] === "*" ? value * factor() : value / factor();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === "+" || peek() === "-") value = tokens[position++] === "+" ? value + product() : value - product();
    return value;
  };
  try {
    const value = sum();
    return position === tokens.length && Number.isFinite(value) ? Math.round(value * 10_000) / 10_000 : null;
  } catch {
    return null;
  }
}

/** A wrong answer that looks like a slip: off by a little, or a digit dropped. */
export function wrongNumber(answer: number, draw: number): number {
  if (draw < 0.5) return answer + (draw < 0.25 ? 1 : -1) * (1 + Math.floor(draw * 40));
  const digits = String(Math.trunc(Math.abs(answer)));
  return digits.length > 1 ? Math.sign(answer) * Number(digits.slice(0, -1)) : answer + 10;
}

export interface ExtractionTask {
  /** What was asked for, as written ("order number"). */
  field: string;
  value: string;
  /** Other values of the same shape in the prompt: what a wrong answer picks. */
  decoys: string[];
}

const EXTRACT_ASK = /\b(?:extract|find|pull out|return|give|what is|what's|which is|identify)\s+(?:me\s+)?(?:only\s+)?(?:the\s+|its\s+)?([a-z][a-z -]{1,30}?)(?:\s+(?:from|in|mentioned|of|given|that|stated)\b|\s*[:?]|\s*$)/im;

const SHAPES: [RegExp, RegExp][] = [
  [/\be-?mail\b/i, /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g],
  [/\b(?:date|deadline|day)\b/i, /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]* \d{4}\b/g],
  [/\b(?:amount|total|price|cost|sum|refund|balance)\b/i, /[$€£]\s?\d[\d,]*(?:\.\d{2})?|\b\d[\d,]*(?:\.\d{2})?\s?(?:USD|EUR|GBP)\b/g],
  [/\bphone\b/i, /\+?\d[\d -]{7,}\d/g],
  [/\b(?:number|id|code|reference|ref|invoice|order|ticket|sku)\b/i, /#?\b[A-Z]{1,5}-?\d{3,}\b|#\d{3,}\b/g],
];

/** "Extract the order number from: …" → the value of that shape that appears in the prompt. */
export function detectExtraction(prompt: string): ExtractionTask | null {
  const field = EXTRACT_ASK.exec(prompt)?.[1]?.trim();
  return field ? extractionFor(field, prompt) : null;
}

/** The value a field's name points at in the prompt ("order_id" → "ORD-4821"), if any. */
export function extractionFor(field: string, prompt: string): ExtractionTask | null {
  const shape = SHAPES.find(([name]) => name.test(field))?.[1];
  if (!shape) return null;
  const values = [...new Set(prompt.match(shape) ?? [])].map((value) => value.trim());
  if (values.length === 0) return null;
  // The value named next to the field wins ("order number: A-1234"); otherwise the first one.
  const labelled = values.find((value) => new RegExp(`${escape(field.split(" ").at(-1)!)}[^\\n]{0,20}${escape(value)}`, "i").test(prompt));
  const value = labelled ?? values[0]!;
  return { field, value, decoys: values.filter((other) => other !== value) };
}

/** A near miss: another value of the same shape, or this one with a digit changed. */
export function wrongValue(task: ExtractionTask, draw: number): string {
  if (task.decoys.length > 0) return task.decoys[Math.floor(draw * task.decoys.length)]!;
  const index = [...task.value].findLastIndex((char) => /\d/.test(char));
  if (index < 0) return `${task.value}?`;
  const digit = (Number(task.value[index]) + 1 + Math.floor(draw * 8)) % 10;
  return task.value.slice(0, index) + digit + task.value.slice(index + 1);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// Words that point at a label when the label's own name does not appear in the text.
const LABEL_HINTS: Record<string, string[]> = {
  billing: ["invoice", "charged", "charge", "refund", "payment", "paid", "price", "bill", "subscription", "card"],
  bug: ["error", "crash", "crashes", "broken", "fails", "failing", "exception", "doesn't work", "not working", "500"],
  feature: ["would be nice", "could you add", "please add", "wish", "request", "support for", "feature"],
  account: ["password", "login", "log in", "sign in", "locked", "two-factor", "2fa", "email address", "username"],
  shipping: ["delivery", "package", "shipped", "tracking", "courier", "arrived"],
  high: ["urgent", "asap", "immediately", "down", "outage", "all users", "production", "critical"],
  low: ["whenever", "no rush", "minor", "small", "cosmetic", "typo", "nice to have"],
  medium: ["soon", "this week", "annoying"],
  positive: ["love", "great", "excellent", "happy", "thanks", "amazing", "works well"],
  negative: ["hate", "terrible", "awful", "angry", "disappointed", "worst", "refund"],
  neutral: ["okay", "fine", "question", "wondering", "how do"],
  spam: ["winner", "free money", "click here", "prize", "crypto"],
};

/** The label a careful reader would pick for the text: its own name in the text, then hints. */
export function bestLabel(text: string, labels: string[]): string {
  const lower = text.toLowerCase();
  const score = (label: string) => {
    const name = label.toLowerCase();
    const stem = name.replace(/[_-]/g, " ").split(" ")[0]!;
    const hints = LABEL_HINTS[stem] ?? LABEL_HINTS[name] ?? [];
    return (lower.includes(stem) ? 2 : 0) + hints.filter((hint) => lower.includes(hint)).length;
  };
  // With nothing to go on, a careful reader picks the middle or catch-all label.
  let best = labels.find((label) => /^(?:medium|normal|neutral|other)$/i.test(label)) ?? labels[0]!;
  for (const label of labels) if (score(label) > score(best)) best = label;
  return best;
}

/** A wrong label: any other in the list. */
export function wrongLabel(labels: string[], right: string, draw: number): string {
  const others = labels.filter((label) => label !== right);
  return others.length === 0 ? right : others[Math.floor(draw * others.length)]!;
}
