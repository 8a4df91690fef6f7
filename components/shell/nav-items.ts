import {
  ClipboardCheck,
  Columns2,
  Database,
  FileText,
  KeyRound,
  LayoutDashboard,
  MessagesSquare,
  Play,
  Plug,
  Radar,
  SlidersHorizontal,
  Trophy,
  UserCheck,
  Users,
  type LucideIcon,
} from "lucide-react";
import type { Role } from "@/lib/auth/roles";

export interface NavItem {
  href: string;
  label: string;
  icon: LucideIcon;
  minRole: Role;
}

/** Every page that has a place in the navigation, with the least role that sees it: a role does
 * not see pages it can only look at but not use (reviewers cannot start comparisons or change
 * providers and variants; a saved session opens from Sessions). A section without a title is
 * shown without a heading. */
export const navSections: { title: string; items: NavItem[] }[] = [
  {
    title: "",
    items: [{ href: "/", label: "Overview", icon: LayoutDashboard, minRole: "reviewer" }],
  },
  {
    title: "Evaluate",
    items: [
      { href: "/compare", label: "Compare", icon: Columns2, minRole: "editor" },
      { href: "/sessions", label: "Sessions", icon: MessagesSquare, minRole: "reviewer" },
      { href: "/runs", label: "Runs", icon: Play, minRole: "reviewer" },
      { href: "/watches", label: "Watches", icon: Radar, minRole: "reviewer" },
    ],
  },
  {
    title: "Library",
    items: [
      { href: "/prompts", label: "Prompts", icon: FileText, minRole: "reviewer" },
      { href: "/datasets", label: "Datasets", icon: Database, minRole: "reviewer" },
    ],
  },
  {
    title: "Judge",
    items: [
      { href: "/review", label: "Review", icon: ClipboardCheck, minRole: "reviewer" },
      { href: "/leaderboard", label: "Leaderboard", icon: Trophy, minRole: "reviewer" },
      { href: "/review/reviewers", label: "Reviewers", icon: UserCheck, minRole: "admin" },
    ],
  },
  {
    title: "Settings",
    items: [
      { href: "/settings/providers", label: "Providers", icon: Plug, minRole: "editor" },
      { href: "/settings/variants", label: "Variants", icon: SlidersHorizontal, minRole: "editor" },
      { href: "/settings/users", label: "Users", icon: Users, minRole: "admin" },
      { href: "/settings/tokens", label: "API tokens", icon: KeyRound, minRole: "reviewer" },
    ],
  },
];

/** The entry a path lies under: the deepest one (Reviewers, not Review, on /review/reviewers);
 * Overview only on "/" itself. */
export function activeNavHref(pathname: string): string | undefined {
  return navSections
    .flatMap((section) => section.items.map((item) => item.href))
    .filter((href) => pathname === href || (href !== "/" && pathname.startsWith(`${href}/`)))
    .sort((a, b) => b.length - a.length)[0];
}
