/** The three theme choices the switch offers; "system" follows the OS (the default). */
export const THEME_CHOICES = ["light", "dark", "system"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** What next-themes read from localStorage, made safe: anything unknown (an old or hand-edited
 * value, nothing yet) means following the system. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return THEME_CHOICES.find((choice) => choice === value) ?? "system";
}
