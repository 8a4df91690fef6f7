import type { Role } from "@/lib/auth/roles";

/** Every page that has a place in the navigation, with the least role that sees it: a role does
 * not see pages it can only look at but not use (reviewers cannot start comparisons or change
 * providers and variants; a saved session opens from Sessions). */
export const navSections: { title: string; items: { href: string; label: string; minRole: Role }[] }[] = [
  {
    title: "Evaluate",
    items: [
      { href: "/compare", label: "Compare", minRole: "editor" },
      { href: "/sessions", label: "Sessions", minRole: "reviewer" },
      { href: "/runs", label: "Runs", minRole: "reviewer" },
      { href: "/watches", label: "Watches", minRole: "reviewer" },
    ],
  },
  {
    title: "Library",
    items: [
      { href: "/prompts", label: "Prompts", minRole: "reviewer" },
      { href: "/datasets", label: "Datasets", minRole: "reviewer" },
    ],
  },
  {
    title: "Judge",
    items: [
      { href: "/review", label: "Review", minRole: "reviewer" },
      { href: "/leaderboard", label: "Leaderboard", minRole: "reviewer" },
      { href: "/review/reviewers", label: "Reviewers", minRole: "admin" },
    ],
  },
  {
    title: "Settings",
    items: [
      { href: "/settings/providers", label: "Providers", minRole: "editor" },
      { href: "/settings/variants", label: "Variants", minRole: "editor" },
      { href: "/settings/users", label: "Users", minRole: "admin" },
      { href: "/settings/tokens", label: "API tokens", minRole: "reviewer" },
      { href: "/api-docs", label: "API reference", minRole: "reviewer" },
    ],
  },
];
