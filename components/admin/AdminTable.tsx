import type { ReactNode } from "react";

/** A back-office table: scrollable and focusable on narrow screens, labelled, with column headers. Rows are the children. */
export function AdminTable({
  label,
  columns,
  children,
  caption,
}: {
  label: string;
  columns: ReactNode[];
  children: ReactNode;
  /** Shown above the table and read as its name. */
  caption?: ReactNode;
}) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="admin-table">
        {caption ? <caption className="mb-2 text-start font-bold">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
