// The route editor's selector: the profile's own fields, then each route (fixed routes in the registry's order, then
// the national schemes), as plain links with ?route=<id>, so it works without JavaScript; and, in the English profile,
// a small GET form that opens a new national scheme by its identifier.
import Link from "next/link";

export interface RouteChoice {
  id: string;
  name: string;
  status: string;
}

export function RouteSelector(props: {
  path: string;
  current: string;
  routes: RouteChoice[];
  canAdd: boolean;
  slugError: boolean;
  requested?: string;
  labels: { selector: string; profile: string; addScheme: string; newSlug: string; invalidSlug: string };
}) {
  const { path, current, routes, labels } = props;
  return (
    <nav aria-label={labels.selector} className="mb-6 rounded border border-line p-3">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        <li>
          <Link href={path} aria-current={current ? undefined : "page"} className={current ? undefined : "font-bold"}>
            {labels.profile}
          </Link>
        </li>
        {routes.map((route) => (
          <li key={route.id}>
            <Link
              href={`${path}?route=${route.id}`}
              aria-current={route.id === current ? "page" : undefined}
              className={route.id === current ? "font-bold" : undefined}
            >
              {route.name}
            </Link>{" "}
            <span className="meta">({route.status})</span>
          </li>
        ))}
      </ul>
      {props.canAdd ? (
        <form method="get" action={path} className="mt-3 flex flex-wrap items-end gap-3">
          <div className="flex flex-col">
            <label htmlFor="new-route" className="font-semibold">
              {labels.newSlug}
            </label>
            <input
              id="new-route"
              name="route"
              type="text"
              required
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              defaultValue={props.slugError ? props.requested : undefined}
              aria-invalid={props.slugError || undefined}
              aria-describedby={props.slugError ? "new-route-error" : undefined}
              className="admin-input"
              dir="ltr"
            />
            {props.slugError ? (
              <p id="new-route-error" className="field-error">
                {labels.invalidSlug}
              </p>
            ) : null}
          </div>
          <button type="submit" className="button">
            {labels.addScheme}
          </button>
        </form>
      ) : null}
    </nav>
  );
}
