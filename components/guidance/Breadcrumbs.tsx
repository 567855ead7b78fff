import { Link } from "@/lib/i18n/navigation";

export interface Crumb {
  href?: string;
  label: string;
}

export function Breadcrumbs({ label, crumbs }: { label: string; crumbs: Crumb[] }) {
  return (
    <nav aria-label={label} className="no-print mb-4 text-step--1">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, index) => (
          <li key={index} className="flex gap-x-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {crumb.href ? <Link href={crumb.href}>{crumb.label}</Link> : <span aria-current="page">{crumb.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
