"use client";

import { useCallback, useLayoutEffect, useRef, useSyncExternalStore } from "react";

const SCROLL_KEY = "juxta.compare.scroll";
const listeners = new Set<() => void>();

function readScrollTogether(): boolean {
  try {
    return localStorage.getItem(SCROLL_KEY) !== "apart";
  } catch {
    return true; // storage refused (a locked-down browser): the default
  }
}

/** Whether the columns scroll together; the browser remembers the choice. Read through
 * useSyncExternalStore so the server's render (the default) hydrates without a mismatch. */
export function useScrollTogether(): [boolean, (together: boolean) => void] {
  const together = useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readScrollTogether,
    () => true,
  );
  const set = useCallback((value: boolean) => {
    try {
      localStorage.setItem(SCROLL_KEY, value ? "together" : "apart");
    } catch {
      // Not remembered, but still applied below.
    }
    listeners.forEach((listener) => listener());
  }, []);
  return [together, set];
}

/** Makes an element exactly as high as the window below its top (at least `min` px), so a
 * layout of scroller + composer fits the screen with nothing sticky or fixed on top of answers.
 * Measured, not a calc() of the shell's heights: a banner or a wrapped title moves the top. */
export function useFillViewport<T extends HTMLElement>(min = 420) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const fit = () => {
      const top = element.getBoundingClientRect().top + window.scrollY;
      const main = element.closest("main");
      const bottomPadding = main ? Number.parseFloat(getComputedStyle(main).paddingBottom) || 0 : 0;
      element.style.height = `${Math.max(min, Math.floor(window.innerHeight - top - bottomPadding))}px`;
    };
    fit();
    // The body resizes when anything above the element changes height; fitting again does not
    // resize the body once more (the height depends only on the top), so this settles.
    const observer = new ResizeObserver(fit);
    observer.observe(document.body);
    window.addEventListener("resize", fit);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", fit);
    };
  }, [min]);
  return ref;
}
