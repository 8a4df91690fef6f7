"use client";

import { Monitor, Moon, Sun } from "lucide-react";
import { useTheme } from "next-themes";
import { useSyncExternalStore } from "react";
import { parseThemeChoice, THEME_CHOICES, type ThemeChoice } from "@/lib/ui/theme";
import { cn } from "@/lib/ui/cn";

const ICONS = { light: Sun, dark: Moon, system: Monitor } as const;
const LABELS = { light: "Light", dark: "Dark", system: "System" } as const;

// The stored choice is only known in the browser; the server renders no choice as pressed, so
// the first client render matches it and the real one follows.
const useMounted = () =>
  useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );

/** Light / dark / system as a small segmented control (radio group). */
export function ThemeSwitch({ className }: { className?: string }) {
  const { theme, setTheme } = useTheme();
  const mounted = useMounted();
  const current: ThemeChoice | null = mounted ? parseThemeChoice(theme) : null;
  return (
    <div role="radiogroup" aria-label="Theme" className={cn("inline-flex items-center gap-0.5 rounded-md border border-border bg-muted/50 p-0.5", className)}>
      {THEME_CHOICES.map((choice) => {
        const Icon = ICONS[choice];
        const checked = current === choice;
        return (
          <button
            key={choice}
            type="button"
            role="radio"
            aria-checked={checked}
            aria-label={`${LABELS[choice]} theme`}
            title={`${LABELS[choice]} theme`}
            onClick={() => setTheme(choice)}
            className={cn(
              "inline-flex size-7 items-center justify-center rounded-sm text-muted-foreground transition-colors outline-none hover:text-foreground focus-visible:ring-2 focus-visible:ring-ring",
              checked && "bg-card text-foreground shadow-xs",
            )}
          >
            <Icon className="size-3.5" aria-hidden />
          </button>
        );
      })}
    </div>
  );
}
