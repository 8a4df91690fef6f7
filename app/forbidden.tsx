import Link from "next/link";

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center" data-testid="forbidden">
      <p className="text-sm font-semibold text-amber-600">403</p>
      <h1 className="mt-2 text-2xl font-semibold">Your role cannot open this page</h1>
      <p className="mt-2 text-zinc-600">Ask an admin if you need access.</p>
      <Link href="/compare" className="mt-6 inline-block text-indigo-600 hover:underline">
        Back to Compare
      </Link>
    </main>
  );
}
