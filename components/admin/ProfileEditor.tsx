"use client";
// The profile editing form. Without JavaScript it is a plain POST (errors come back as a page); with it, errors appear
// next to their fields, a conflicting save shows both versions, and the preview follows the text as you type. The
// preview is rendered on the server by the component of the public page.
import { useCallback, useEffect, useRef, useState, type FormEvent, type ReactNode } from "react";
import type { FieldGroup, FormValues } from "@/lib/editorial/facts-form";

export interface EditorLabels {
  body: string;
  bodyHint: string;
  followsEnglish: string;
  save: string;
  saving: string;
  preview: string;
  previewUpdating: string;
  previewProblems: string;
  conflictTitle: string;
  theirs: string;
  mine: string;
  keepMine: string;
  failed: string;
}

type PreviewResult = { ok: true; node: ReactNode } | { ok: false; problems: string[] };
interface Conflict {
  theirs: { id: string; number: number; author: string | null; createdAt: string; body: string; facts: unknown };
  mine: { body: string; facts: unknown };
}

export function ProfileEditor(props: {
  country: string;
  locale: string;
  baseRevisionId: string;
  translation: boolean;
  groups: FieldGroup[];
  values: FormValues;
  body: string;
  labels: EditorLabels;
  initialPreview: ReactNode;
  preview: (country: string, locale: string, values: FormValues, body: string) => Promise<PreviewResult>;
}) {
  const { country, locale, groups, values, labels, preview } = props;
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(props.baseRevisionId);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [bodyErrors, setBodyErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [previewNode, setPreviewNode] = useState<ReactNode>(props.initialPreview);
  const [previewState, setPreviewState] = useState<{ updating: boolean; problems: string[] }>({ updating: false, problems: [] });
  const timer = useRef<number | undefined>(undefined);
  const latestRequest = useRef(0);

  const refreshPreview = useCallback(() => {
    const form = formRef.current;
    if (!form) return;
    const data = new FormData(form);
    const current: FormValues = {};
    for (const [key, value] of data.entries()) if (typeof value === "string") current[key] = value;
    const request = ++latestRequest.current;
    setPreviewState((state) => ({ ...state, updating: true }));
    preview(country, locale, current, current.body ?? "").then(
      (result) => {
        if (request !== latestRequest.current) return;
        if (result.ok) {
          setPreviewNode(result.node);
          setPreviewState({ updating: false, problems: [] });
        } else setPreviewState({ updating: false, problems: result.problems });
      },
      () => request === latestRequest.current && setPreviewState({ updating: false, problems: [labels.failed] }),
    );
  }, [country, locale, preview, labels.failed]);

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const onInput = () => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(refreshPreview, 500);
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setMessage(null);
    try {
      const response = await fetch(event.currentTarget.action, {
        method: "POST",
        body: new FormData(event.currentTarget),
        headers: { Accept: "application/json" },
      });
      const result = (await response.json()) as {
        ok?: boolean;
        redirect?: string;
        error?: string;
        fieldErrors?: Record<string, string>;
        bodyErrors?: string[];
        conflict?: Conflict;
      };
      if (result.ok && result.redirect) {
        window.location.assign(result.redirect);
        return;
      }
      setMessage(result.error ?? labels.failed);
      setFieldErrors(result.fieldErrors ?? {});
      setBodyErrors(result.bodyErrors ?? []);
      setConflict(result.conflict ?? null);
    } catch {
      setMessage(labels.failed);
    }
    setBusy(false);
  }

  const errorId = (name: string) => `error-${name.replace(/\W/g, "-")}`;
  const field = (spec: FieldGroup["fields"][number]) => {
    const id = `field-${spec.name.replace(/\W/g, "-")}`;
    const error = fieldErrors[spec.name];
    const common = {
      id,
      name: spec.name,
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? errorId(spec.name) : undefined,
    };
    if (spec.type === "checkbox") {
      return (
        <div key={spec.name} className="flex items-start gap-2">
          <input type="checkbox" {...common} defaultChecked={values[spec.name] === "on"} className="mt-1.5" />
          <label htmlFor={id}>{spec.label}</label>
          {error ? (
            <p id={errorId(spec.name)} className="field-error">
              {error}
            </p>
          ) : null}
        </div>
      );
    }
    return (
      <div key={spec.name} className="flex flex-col">
        <label htmlFor={id} className="font-semibold">
          {spec.label}
        </label>
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
          <input type={spec.type} {...common} defaultValue={values[spec.name] ?? ""} className="admin-input" dir="auto" />
        )}
        {error ? (
          <p id={errorId(spec.name)} className="field-error">
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <div className="grid gap-8 xl:grid-cols-2">
      <form
        ref={formRef}
        method="post"
        action="/admin/actions/save"
        onSubmit={onSubmit}
        onInput={onInput}
        noValidate
        aria-describedby={message ? "save-message" : undefined}
      >
        <input type="hidden" name="country" value={country} />
        <input type="hidden" name="locale" value={locale} />
        <input type="hidden" name="baseRevisionId" value={base} />
        {message ? (
          <div id="save-message" role="alert" className="callout callout-warning">
            <p>{message}</p>
          </div>
        ) : null}
        {conflict ? (
          <section aria-labelledby="conflict-title" className="callout callout-warning">
            <h2 id="conflict-title" className="mt-0">
              {labels.conflictTitle}
            </h2>
            <div className="grid gap-4 md:grid-cols-2">
              <div>
                <h3>
                  {labels.theirs.replace("{number}", String(conflict.theirs.number)).replace("{author}", conflict.theirs.author ?? "?")}
                </h3>
                <pre className="conflict-text" data-version="theirs">
                  {conflict.theirs.body}
                </pre>
                <pre className="conflict-text">{JSON.stringify(conflict.theirs.facts, null, 1)}</pre>
              </div>
              <div>
                <h3>{labels.mine}</h3>
                <pre className="conflict-text" data-version="mine">
                  {conflict.mine.body}
                </pre>
                <pre className="conflict-text">{JSON.stringify(conflict.mine.facts, null, 1)}</pre>
              </div>
            </div>
            <button
              type="button"
              className="button mt-2"
              onClick={() => {
                setBase(conflict.theirs.id);
                setConflict(null);
                setMessage(null);
              }}
            >
              {labels.keepMine.replace("{number}", String(conflict.theirs.number))}
            </button>
          </section>
        ) : null}
        {groups.map((group) => (
          <fieldset key={group.legend} className="mb-4 rounded border border-line p-3">
            <legend className="px-1 font-bold">{group.legend}</legend>
            <div className="grid gap-3">{group.fields.map(field)}</div>
          </fieldset>
        ))}
        {props.translation ? (
          <div className="mb-4 flex items-start gap-2">
            <input type="checkbox" id="field-followsEnglish" name="followsEnglish" className="mt-1.5" />
            <label htmlFor="field-followsEnglish">{labels.followsEnglish}</label>
          </div>
        ) : null}
        <div className="flex flex-col">
          <label htmlFor="field-body" className="font-bold">
            {labels.body}
          </label>
          <p id="body-hint" className="meta">
            {labels.bodyHint}
          </p>
          <textarea
            id="field-body"
            name="body"
            defaultValue={props.body}
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
        <button type="submit" className="button mt-4" disabled={busy}>
          {busy ? labels.saving : labels.save}
        </button>
      </form>
      <section aria-labelledby="preview-title" className="min-w-0">
        <h2 id="preview-title" className="mt-0">
          {labels.preview}
        </h2>
        <p role="status" className="meta">
          {previewState.updating ? labels.previewUpdating : ""}
        </p>
        {previewState.problems.length ? (
          <div className="callout callout-warning" id="preview-problems">
            <p className="callout-title">{labels.previewProblems}</p>
            <ul>
              {previewState.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <div id="live-preview" lang={locale} dir={locale === "ar" ? "rtl" : "ltr"} className="rounded border border-line p-4">
          {previewNode}
        </div>
      </section>
    </div>
  );
}
