"use client";
// The profile editing form, bound to the save server action with useActionState. Without JavaScript it posts to the
// page, which renders again with the errors next to their fields (and what was typed), or redirects once saved. With
// it, the same answer arrives without a reload, a conflicting save shows both versions, and the preview follows the
// text as you type. The preview is rendered on the server by the component of the public page.
import { useTranslations } from "next-intl";
import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { ActionState } from "@/lib/auth/mutation";
import { errorId, FieldErrorText } from "./ActionForm";
import type { FieldGroup, FormValues } from "@/lib/editorial/facts-form";
import { directionOf, type Locale } from "@/lib/i18n/locales";

type PreviewResult = { ok: true; node: ReactNode } | { ok: false; problems: string[] };

export function ProfileEditor(props: {
  country: string;
  locale: Locale;
  baseRevisionId: string;
  translation: boolean;
  /** The route whose fields the form shows; "" for the profile's own fields and text. */
  scope: string;
  groups: FieldGroup[];
  values: FormValues;
  body: string;
  initialPreview: ReactNode;
  save: (state: ActionState, form: FormData) => Promise<ActionState>;
  preview: (country: string, locale: string, values: FormValues, body: string) => Promise<PreviewResult>;
}) {
  const { country, locale, groups, preview, scope } = props;
  const t = useTranslations("admin.editor");
  const tr = useTranslations("admin.route");
  const [state, saveAction, busy] = useActionState(props.save, null);
  // After a refused save, the fields show what was sent, not the stored revision.
  const values = state?.values ?? props.values;
  const body = state?.values?.body ?? props.body;
  const fieldErrors = state?.fieldErrors ?? {};
  const bodyErrors = state?.bodyErrors ?? [];
  const conflict = state?.conflict;
  const formRef = useRef<HTMLFormElement>(null);
  const [previewNode, setPreviewNode] = useState<ReactNode>(props.initialPreview);
  const [previewState, setPreviewState] = useState<{ updating: boolean; problems: string[] }>({ updating: false, problems: [] });
  const timer = useRef<number | undefined>(undefined);
  const latestRequest = useRef(0);
  const failed = t("failed");

  const refreshPreview = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const current: FormValues = {};
    for (const [key, value] of new FormData(form).entries())
      if (typeof value === "string" && !key.startsWith("$ACTION")) current[key] = value;
    const request = ++latestRequest.current;
    setPreviewState((previous) => ({ ...previous, updating: true }));
    preview(country, locale, current, current.body ?? "").then(
      (result) => {
        if (request !== latestRequest.current) return;
        if (result.ok) {
          setPreviewNode(result.node);
          setPreviewState({ updating: false, problems: [] });
        } else setPreviewState({ updating: false, problems: result.problems });
      },
      () => request === latestRequest.current && setPreviewState({ updating: false, problems: [failed] }),
    );
  }, [country, locale, preview, failed]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onInput = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(refreshPreview, 500);
  };

  // Calls the action itself, so React does not reset the form to the stored revision after a refused save. The
  // submitter's value comes last: "Keep my version" saves on top of their revision.
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => saveAction(data));
  }

  // Errors on fields this form does not show (another route's, or the route as a whole) are listed above the fields.
  const shown = new Set(groups.flatMap((group) => group.fields.map((spec) => spec.name)));
  const otherErrors = Object.entries(fieldErrors).filter(([name]) => !shown.has(name) && name !== "body");

  const field = (spec: FieldGroup["fields"][number]) => {
    const id = `field-${spec.name.replace(/\W/g, "-")}`;
    const error = fieldErrors[spec.name];
    if (spec.type === "hidden") return <input key={spec.name} type="hidden" name={spec.name} defaultValue={values[spec.name] ?? ""} />;
    const hintId = spec.hint ? `hint-${id}` : undefined;
    const describedBy = [hintId, error ? errorId(spec.name) : undefined].filter(Boolean).join(" ") || undefined;
    const common = {
      id,
      name: spec.name,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": describedBy,
    };
    const hint = spec.hint ? (
      <p id={hintId} className="meta" lang={spec.hintLang} dir="auto">
        {spec.hint}
      </p>
    ) : null;
    if (spec.type === "checkbox") {
      return (
        <div key={spec.name} className="flex items-start gap-2">
          <input type="checkbox" {...common} defaultChecked={values[spec.name] === "on"} className="mt-1.5" />
          <label htmlFor={id}>{spec.label}</label>
          <FieldErrorText name={spec.name} error={error} />
        </div>
      );
    }
    return (
      <div key={spec.name} className="flex flex-col">
        <label htmlFor={id} className="font-semibold">
          {spec.label}
        </label>
        {hint}
        {spec.type === "select" ? (
          <select {...common} defaultValue={values[spec.name] ?? ""} className="admin-input">
            {spec.options?.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        ) : spec.type === "textarea" ? (
          <textarea {...common} defaultValue={values[spec.name] ?? ""} rows={2} className="admin-input" />
        ) : (
          <input
            type={spec.type}
            {...common}
            defaultValue={values[spec.name] ?? ""}
            className="admin-input"
            dir="auto"
            {...(spec.type === "number" ? { step: "any", min: 0, inputMode: "decimal" as const } : {})}
          />
        )}
        <FieldErrorText name={spec.name} error={error} />
      </div>
    );
  };

  // A new key after each answer: the fields take the values of that answer (uncontrolled inputs keep their first default).
  const formKey = JSON.stringify(state?.values ?? null);
  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form
        key={formKey}
        ref={formRef}
        action={saveAction}
        onSubmit={onSubmit}
        onInput={onInput}
        noValidate
        aria-describedby={state && !state.ok ? "save-message" : undefined}
      >
        <input type="hidden" name="country" value={country} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="baseRevisionId" value={state?.values?.baseRevisionId ?? props.baseRevisionId} />
        <input type="hidden" name="scope" value={scope || "profile"} />
        {state && !state.ok ? (
          <div id="save-message" role="alert" className="callout callout-warning" data-status={state.status}>
            <p>{state.message}</p>
          </div>
        ) : null}
        {conflict ? (
          <section aria-labelledby="conflict-title" className="callout callout-warning">
            <h2 id="conflict-title" className="mt-0">
              {t("conflictTitle")}
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <h3>{t("theirs", { number: conflict.theirs.number, author: conflict.theirs.author ?? "?" })}</h3>
                <pre className="conflict-text" data-version="theirs">
                  {conflict.theirs.body}
                </pre>
                <pre className="conflict-text">{JSON.stringify(conflict.theirs.facts, null, 1)}</pre>
              </div>
              <div>
                <h3>{t("mine")}</h3>
                <pre className="conflict-text" data-version="mine">
                  {conflict.mine.body}
                </pre>
                <pre className="conflict-text">{JSON.stringify(conflict.mine.facts, null, 1)}</pre>
              </div>
            </div>
            <button type="submit" name="baseRevisionId" value={conflict.theirs.id} className="button mt-2">
              {t("keepMine", { number: conflict.theirs.number })}
            </button>
          </section>
        ) : null}
        {otherErrors.length ? (
          <div className="callout callout-warning" id="other-problems">
            <p className="callout-title">{tr("otherProblems")}</p>
            <ul>
              {otherErrors.map(([name, message]) => (
                <li key={name}>
                  <code>{name}</code>: {message}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {groups.map((group) => (
          <fieldset key={group.legend} className="mb-4 rounded border border-line p-3">
            <legend className="px-1 font-bold">{group.legend}</legend>
            <div className="grid gap-3">{group.fields.map(field)}</div>
          </fieldset>
        ))}
        {props.translation && !scope ? (
          <div className="mb-4 flex items-start gap-2">
            <input
              type="checkbox"
              id="field-followsEnglish"
              name="followsEnglish"
              defaultChecked={values.followsEnglish === "on"}
              className="mt-1.5"
            />
            <label htmlFor="field-followsEnglish">{t("followsEnglish")}</label>
          </div>
        ) : null}
        {scope ? null : (
          <div className="flex flex-col">
            <label htmlFor="field-body" className="font-bold">
              {t("body")}
            </label>
            <p id="body-hint" className="meta">
              {t("bodyHint")}
            </p>
            <textarea
              id="field-body"
              name="body"
              defaultValue={body}
              rows={24}
              className="admin-input font-mono text-step--1"
              dir="auto"
              aria-invalid={bodyErrors.length ? true : undefined}
              aria-describedby={bodyErrors.length ? "body-hint error-body" : "body-hint"}
            />
            {bodyErrors.length ? (
              <ul id="error-body" className="field-error">
                {bodyErrors.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </div>
        )}
        <button type="submit" className="button mt-4" disabled={busy}>
          {busy ? t("saving") : t("save")}
        </button>
      </form>
      <section aria-labelledby="preview-title" className="min-w-0">
        <h2 id="preview-title" className="mt-0">
          {t("preview")}
        </h2>
        <p role="status" className="meta">
          {previewState.updating ? t("previewUpdating") : ""}
        </p>
        {previewState.problems.length ? (
          <div className="callout callout-warning" id="preview-problems">
            <p className="callout-title">{t("previewProblems")}</p>
            <ul>
              {previewState.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div id="live-preview" lang={locale} dir={directionOf(locale)} className="rounded border border-line p-4">
          {previewNode}
        </div>
      </section>
    </div>
  );
}
