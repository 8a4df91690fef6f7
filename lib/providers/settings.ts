// Reading Provider.settings: parsed by their schema (settings-schema.ts), never cast.
import { log } from "../log";
import { providerSettingsSchema, type ProviderSettings } from "./settings-schema";

export { providerSettingsSchema, type ProviderSettings };

/** The stored settings, parsed. Rows written before a rule existed may break it: such a row is
 * read as having no settings (and logged) rather than failing every call to the provider. */
export function parseProviderSettings(stored: unknown): ProviderSettings {
  const parsed = providerSettingsSchema.safeParse(stored ?? {});
  if (parsed.success) return parsed.data;
  log.warn("provider settings do not match their schema; using none", { issues: parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`) });
  return {};
}
