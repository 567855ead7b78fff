import type { Section } from "@/lib/content/mdx";

/** "On this page": the ## sections with their ### children, plus Sources. */
export function TableOfContents({ title, sections, sourcesLabel }: { title: string; sections: Section[]; sourcesLabel: string }) {
  const groups: { section: Section; children: Section[] }[] = [];
  for (const section of sections) {
    if (section.depth === 2 || groups.length === 0) groups.push({ section, children: [] });
    else groups.at(-1)!.children.push(section);
  }
  return (
    <nav aria-labelledby="toc-title" className="toc mb-8 rounded border border-line bg-surface p-4">
      <h2 id="toc-title" className="mt-0 text-step-1">
        {title}
      </h2>
      <ol className="list-decimal space-y-1 ps-6">
        {groups.map(({ section, children }) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
            {children.length ? (
              <ul className="list-disc ps-5">
                {children.map((child) => (
                  <li key={child.id}>
                    <a href={`#${child.id}`}>{child.title}</a>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
        <li>
          <a href="#sources">{sourcesLabel}</a>
        </li>
      </ol>
    </nav>
  );
}
