import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-md px-6 py-24 text-center">
      <p className="text-sm font-semibold text-indigo-600">404</p>
      <h1 className="mt-2 text-2xl font-semibold">This page does not exist</h1>
      <p className="mt-2 text-zinc-600">The link may be old, or the item was deleted.</p>
      <Link href="/compare" className="mt-6 inline-block text-indigo-600 hover:underline">
        Back to Compare
      </Link>
    </main>
  );
}
