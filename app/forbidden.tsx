import { ShieldAlert } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-md flex-col items-center justify-center px-6 py-24 text-center" data-testid="forbidden">
      <span className="flex size-12 items-center justify-center rounded-full bg-amber-100 text-amber-700 dark:bg-amber-500/15 dark:text-amber-300" aria-hidden>
        <ShieldAlert className="size-6" />
      </span>
      <p className="mt-4 text-sm font-semibold text-amber-700 dark:text-amber-300">403</p>
      <h1 className="mt-1 text-2xl font-semibold text-foreground">Your role cannot open this page</h1>
      <p className="mt-2 text-muted-foreground">Ask an admin if you need access.</p>
      <Button asChild variant="outline" className="mt-6">
        <Link href="/">Back to the overview</Link>
      </Button>
    </main>
  );
}
