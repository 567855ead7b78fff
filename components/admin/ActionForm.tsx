"use client";
// A back-office form bound to a server action with useActionState: without JavaScript it posts to the page, which
// renders again with the action's answer (a refusal next to the fields, or what to show once); with JavaScript the
// same answer arrives without a reload. A successful action usually redirects instead.
import { createContext, use, useActionState, type ComponentProps, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/mutation";

const ActionStateContext = createContext<ActionState>(null);

export function ActionForm({
  action,
  children,
  className,
  dataLabels,
  done,
}: {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  children: ReactNode;
  className?: string;
  /** Labels of what a successful answer shows once (e.g. the email and one-time password of a new account). */
  dataLabels?: Record<string, string>;
  /** A form used once (enrolment): on success its answer's data is shown as a list, then this link instead of the form. */
  done?: { href: string; label: string };
}) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok && done)
    return (
      <div role="status" className="callout callout-official">
        <p>{state.message}</p>
        <ol className="recovery-codes">
          {Object.values(state.data ?? {}).map((value) => (
            <li key={value}>
              <code>{value}</code>
            </li>
          ))}
        </ol>
        <p>
          <a href={done.href} className="button">
            {done.label}
          </a>
        </p>
      </div>
    );
  return (
    <>
      {state && !state.ok ? (
        <div role="alert" className="callout callout-warning" data-status={state.status}>
          <p>{state.message}</p>
        </div>
      ) : null}
      {state?.ok ? (
        <div role="status" className="callout callout-official">
          <p>{state.message}</p>
          {state.data ? (
            <dl>
              {Object.entries(state.data).map(([name, value]) => (
                <div key={name}>
                  <dt>{dataLabels?.[name] ?? name}</dt>
                  <dd>
                    <code>{value}</code>
                  </dd>
                </div>
              ))}
            </dl>
          ) : null}
        </div>
      ) : null}
      <form action={formAction} className={className} aria-busy={pending || undefined}>
        <ActionStateContext value={state}>{children}</ActionStateContext>
      </form>
    </>
  );
}

/** The id of a field's error message, which the field names in aria-describedby. */
export const errorId = (name: string) => `error-${name.replace(/\W/g, "-")}`;

/** A field's error, right below it (nothing when there is none). */
export function FieldErrorText({ name, error }: { name: string; error: string | undefined }) {
  return error ? (
    <p id={errorId(name)} className="field-error">
      {error}
    </p>
  ) : null;
}

/** The action's error for one field of the enclosing ActionForm, if any. */
export function FieldError({ name }: { name: string }) {
  return <FieldErrorText name={name} error={use(ActionStateContext)?.fieldErrors?.[name]} />;
}

/** What a field of the enclosing ActionForm gets from a refused answer: what was typed, and its error linked to it. */
function useFieldState(name: string, describedBy: string | undefined) {
  const state = use(ActionStateContext);
  const error = state?.fieldErrors?.[name];
  return {
    kept: state?.values?.[name],
    "aria-invalid": error ? true : undefined,
    "aria-describedby": error ? [describedBy, errorId(name)].filter(Boolean).join(" ") : describedBy,
  };
}

export function ActionInput({ name, defaultValue, ...props }: ComponentProps<"input"> & { name: string }) {
  const { kept, ...aria } = useFieldState(name, props["aria-describedby"]);
  return <input {...props} {...aria} name={name} defaultValue={kept ?? defaultValue} />;
}

export function ActionTextarea({ name, defaultValue, ...props }: ComponentProps<"textarea"> & { name: string }) {
  const { kept, ...aria } = useFieldState(name, props["aria-describedby"]);
  return <textarea {...props} {...aria} name={name} defaultValue={kept ?? defaultValue} />;
}
