// Routing rules match a case's input with a regex a user typed. JavaScript regexes backtrack, so a
// pattern like (a+)+$ can take exponential time on a short input and stall the server. Three
// guards: a pattern must compile, stays short, and may not nest quantifiers or use
// backreferences (the constructs behind catastrophic backtracking); and it only ever sees the
// first MAX_REGEX_INPUT characters of an input, which bounds the polynomial cases too.

export const MAX_REGEX_LENGTH = 200;
export const MAX_REGEX_INPUT = 2_000;

/** Why a pattern is refused, or null when it is safe to run. */
export function unsafeRegexReason(pattern: string, flags = ""): string | null {
  if (pattern.length > MAX_REGEX_LENGTH) return `A routing regex may be at most ${MAX_REGEX_LENGTH} characters.`;
  try {
    new RegExp(pattern, flags);
  } catch {
    return "That is not a valid regular expression.";
  }
  if (/\\[1-9]|\\k</.test(pattern)) return "Backreferences are not allowed in routing regexes (they can take exponential time).";
  if (hasNestedQuantifier(pattern)) return "Repeated groups that contain a quantifier or |, like (a+)+ or (a|ab)*, are not allowed (they can take exponential time).";
  return null;
}

const isQuantifierAt = (pattern: string, at: number) => {
  const char = pattern[at];
  return char === "*" || char === "+" || char === "?" || (char === "{" && /^\{\d+(,\d*)?\}/.test(pattern.slice(at)));
};

/** True when a group that is repeated (*, +, {n,}) holds a quantifier or an alternation — star
 * height above one, the shape of every classic ReDoS pattern. A `?` after a group repeats
 * nothing, so it does not count. Character classes and escapes are skipped. */
function hasNestedQuantifier(pattern: string): boolean {
  // Per open group: whether something inside it is quantified or alternated.
  const stack: boolean[] = [];
  let inClass = false;
  for (let at = 0; at < pattern.length; at++) {
    const char = pattern[at]!;
    if (char === "\\") {
      at++;
      continue;
    }
    if (inClass) {
      if (char === "]") inClass = false;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "(") {
      stack.push(false);
      at += groupPrefixLength(pattern, at + 1);
    }
    else if (char === "|" && stack.length > 0) stack[stack.length - 1] = true;
    else if (char === ")") {
      const risky = stack.pop() ?? false;
      const next = pattern[at + 1];
      const repeated = next === "*" || next === "+" || (next === "{" && isQuantifierAt(pattern, at + 1));
      if (risky && repeated) return true;
      // A quantified group makes its enclosing group risky in turn.
      if (stack.length > 0 && (risky || (next !== undefined && isQuantifierAt(pattern, at + 1)))) stack[stack.length - 1] = true;
    } else if (stack.length > 0 && isQuantifierAt(pattern, at) && at > 0) stack[stack.length - 1] = true;
  }
  return false;
}

/** (?:, (?=, (?!, (?<=, (?<!, (?<name>: the characters after "(" that open a group of that kind. */
function groupPrefixLength(pattern: string, at: number): number {
  if (pattern[at] !== "?") return 0;
  const next = pattern[at + 1];
  if (next === ":" || next === "=" || next === "!") return 2;
  if (next === "<") return pattern[at + 2] === "=" || pattern[at + 2] === "!" ? 3 : pattern.indexOf(">", at) - at + 1;
  return 1;
}

/** Tests a vetted pattern against the start of an input. */
export function matchesInput(pattern: RegExp, input: string): boolean {
  return pattern.test(input.slice(0, MAX_REGEX_INPUT));
}
