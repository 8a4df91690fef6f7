"use client";

import { useTheme } from "next-themes";
import { Toaster as Sonner, toast as sonnerToast } from "sonner";

/** Toasts through sonner, top-right, in the current theme. Call sites say `toast.success(…)` /
 * `toast.error(…)`; errors stay longer because they usually need reading. Non-component code
 * (the QueryClient's error hooks) can call these too. */
export const toast = {
  success: (message: string) => sonnerToast.success(message),
  error: (message: string) => sonnerToast.error(message, { duration: 8000 }),
  info: (message: string) => sonnerToast.info(message),
};

export function Toaster() {
  const { resolvedTheme } = useTheme();
  return (
    <Sonner
      theme={resolvedTheme === "dark" ? "dark" : "light"}
      position="top-right"
      richColors
      closeButton
      toastOptions={{ classNames: { toast: "font-sans" } }}
    />
  );
}
