import Link from "next/link";
import type { ListRow } from "@/lib/overview/lists";

export function ResourceList({ rows, hrefBase }: { rows: ListRow[]; hrefBase?: string }) {
  return (
    <ul className="divide-y divide-zinc-100 rounded-lg bg-white ring-1 ring-zinc-200" data-testid="resource-list">
      {rows.map((row) => {
        const content = (
          <>
            <p className="font-medium text-zinc-900">{row.title}</p>
            <p className="text-xs text-zinc-500">
              {row.subtitle} · {row.createdAt.toLocaleDateString()}
            </p>
          </>
        );
        return (
          <li key={row.id} className="px-4 py-3 text-sm">
            {hrefBase ? (
              <Link href={`${hrefBase}/${row.id}`} className="block hover:text-indigo-700">
                {content}
              </Link>
            ) : (
              content
            )}
          </li>
        );
      })}
    </ul>
  );
}
