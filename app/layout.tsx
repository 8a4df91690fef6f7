import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { nonceFromCsp } from "@/lib/security/headers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Juxta", template: "%s · Juxta" },
  description: "Compare LLM model variants side by side on evidence.",
  applicationName: "Juxta",
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fafafa" },
    { media: "(prefers-color-scheme: dark)", color: "#18181b" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request's headers renders every page per request: the CSP nonce (proxy.ts) is new
  // each time, and a page built ahead of time would carry scripts without it, which the browser
  // would then refuse. next-themes' own inline script needs the same nonce.
  const nonce = nonceFromCsp((await headers()).get("content-security-policy"));
  return (
    // next-themes sets the class on <html> before React hydrates: the attribute differs on purpose.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-screen font-sans">
        <Providers nonce={nonce}>{children}</Providers>
      </body>
    </html>
  );
}
