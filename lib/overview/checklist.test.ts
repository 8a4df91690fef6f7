import { expect, it } from "vitest";
import { firstRunChecklist } from "./checklist";

it("marks each step done once the workspace shows it, two variants being the least to compare", () => {
  const none = { providers: 0, variants: 0, sessions: 0, datasets: 0, runs: 0, votes: 0 };
  expect(firstRunChecklist(none).map((step) => step.done)).toEqual([false, false, false, false, false, false]);
  const some = { providers: 1, variants: 1, sessions: 3, datasets: 0, runs: 2, votes: 0 };
  expect(firstRunChecklist(some).map((step) => [step.key, step.done])).toEqual([
    ["providers", true],
    ["variants", false],
    ["sessions", true],
    ["datasets", false],
    ["runs", true],
    ["votes", false],
  ]);
  expect(firstRunChecklist({ ...some, variants: 2, datasets: 1, votes: 5 }).every((step) => step.done)).toBe(true);
});
