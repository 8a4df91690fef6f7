"use client";

import { useSyncExternalStore } from "react";

interface Toast {
  id: number;
  kind: "error" | "success";
  message: string;
}

// A tiny store outside React so that non-component code (the QueryClient's error hooks) can toast.
let toasts: Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((listener) => listener());

function push(kind: Toast["kind"], message: string) {
  const id = nextId++;
  toasts = [...toasts, { id, kind, message }];
  emit();
  setTimeout(() => dismiss(id), kind === "error" ? 8000 : 4000);
}

function dismiss(id: number) {
  toasts = toasts.filter((item) => item.id !== id);
  emit();
}

export const toast = {
  error: (message: string) => push("error", message),
  success: (message: string) => push("success", message),
};

export function Toaster() {
  const items = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => toasts,
    () => toasts,
  );
  return (
    <div className="fixed top-4 right-4 z-50 flex w-80 flex-col gap-2" role="status" aria-live="polite">
      {items.map((item) => (
        <div
          key={item.id}
          className={`rounded-md px-4 py-3 text-sm shadow-lg ${item.kind === "error" ? "bg-red-600 text-white" : "bg-zinc-900 text-white"}`}
        >
          <div className="flex items-start justify-between gap-3">
            <span>{item.message}</span>
            <button type="button" onClick={() => dismiss(item.id)} className="opacity-70 hover:opacity-100" aria-label="Dismiss">
              ×
            </button>
          </div>
        </div>
      ))}
    </div>
  );
}
