import type { Source } from "@/lib/content/schema";

/** The Sources section every guidance page and country profile ends with: id="sources", official links. */
export function SourcesSection({ title, intro, sources }: { title: string; intro: string; sources: Source[] }) {
  return (
    <section aria-labelledby="sources" className="mt-10 border-t border-line pt-2">
      <h2 id="sources">{title}</h2>
      <p className="meta">{intro}</p>
      <ol className="list-decimal space-y-2 ps-6">
        {sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} rel="noopener">
              {source.title}
            </a>
            {source.publisher ? <span className="meta"> — {source.publisher}</span> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
