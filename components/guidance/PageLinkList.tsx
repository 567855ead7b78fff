import type { PageLink } from "@/lib/content/guidance";
import { getPathname } from "@/lib/i18n/navigation";

export function PageLinkList({ links }: { links: PageLink[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {links.map((link) => (
        <li key={link.path}>
          <a
            href={getPathname({ href: link.path, locale: link.locale })}
            className="card h-full no-underline"
            lang={link.locale}
            hrefLang={link.locale}
          >
            <span className="block font-bold text-brand underline">{link.title}</span>
            <span className="mt-1 block text-step--1 text-ink">{link.description}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** A headed list of page links, left out when there is none. */
export function PageLinkSection({ id, title, links, className }: { id: string; title: string; links: PageLink[]; className?: string }) {
  if (!links.length) return null;
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id}>{title}</h2>
      <PageLinkList links={links} />
    </section>
  );
}
