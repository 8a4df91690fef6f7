import { SearchX } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-6 py-24 text-center">
      <span className="flex size-12 items-center justify-center rounded-full bg-accent text-accent-foreground" aria-hidden>
        <SearchX className="size-6" />
      </span>
      <p className="mt-4 text-sm font-semibold text-primary">404</p>
      <h1 className="mt-1 text-2xl font-semibold text-foreground">This page does not exist</h1>
      <p className="mt-2 text-muted-foreground">The link may be old, or the item was deleted.</p>
      <Button asChild variant="outline" className="mt-6">
        <Link href="/">Back to the overview</Link>
      </Button>
    </main>
  );
}
