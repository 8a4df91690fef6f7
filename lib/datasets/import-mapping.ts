// What each column of an imported file becomes. Without a mapping a column named expected /
// expected_output, tags, assertions, variables or messages takes that role and every other column
// is a variable of the same name; the import dialog lets a person change that before importing.
// No zod here: the browser imports this module (its schema lives in import.ts).

export const columnRoles = ["variable", "variables", "messages", "expected", "tags", "assertions", "ignore"] as const;
export type ColumnRole = (typeof columnRoles)[number];
export type ColumnMapping = Record<string, ColumnRole>;

export const roleLabel: Record<ColumnRole, string> = {
  variable: "a variable",
  variables: "an object of variables",
  messages: "the conversation (messages)",
  expected: "the expected output",
  tags: "tags",
  assertions: "assertions",
  ignore: "ignored",
};

const DEFAULT_ROLES: Record<string, ColumnRole> = { expected: "expected", expected_output: "expected", tags: "tags", assertions: "assertions", variables: "variables", messages: "messages" };

export function defaultRole(column: string): ColumnRole {
  return DEFAULT_ROLES[column.trim().toLowerCase()] ?? "variable";
}

export function roleOf(mapping: ColumnMapping | undefined, column: string): ColumnRole {
  return mapping?.[column] ?? defaultRole(column);
}

/** The mapping in effect for these columns: the given roles, the default for the rest. */
export function effectiveMapping(columns: string[], mapping: ColumnMapping | undefined): ColumnMapping {
  return Object.fromEntries(columns.map((column) => [column, roleOf(mapping, column)]));
}
