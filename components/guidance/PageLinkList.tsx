import type { PageLink } from "@/lib/content/guidance";

export function PageLinkList({ links }: { links: PageLink[] }) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {links.map((link) => (
        <li key={link.href}>
          <a href={link.href} className="card h-full no-underline" lang={link.locale} hrefLang={link.locale}>
            <span className="block font-bold text-brand underline">{link.title}</span>
            <span className="mt-1 block text-step--1 text-ink">{link.description}</span>
          </a>
        </li>
      ))}
    </ul>
  );
}
