import Link from "next/link";

/** The mark (the same two columns as app/icon.svg) and the name, linking home. */
export function Logo() {
  return (
    <Link href="/" className="inline-flex items-center gap-2 rounded-md text-lg font-bold tracking-tight text-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring">
      <svg viewBox="0 0 64 64" className="size-7" aria-hidden>
        <rect width="64" height="64" rx="14" className="fill-primary" />
        <rect x="13" y="14" width="16" height="36" rx="4" className="fill-primary-foreground" />
        <rect x="35" y="22" width="16" height="28" rx="4" className="fill-primary-foreground" fillOpacity="0.6" />
      </svg>
      Juxta
    </Link>
  );
}
