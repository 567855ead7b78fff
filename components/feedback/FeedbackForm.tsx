"use client";
// Two plain forms that post to /api/feedback and work without JavaScript ("Yes" at once; "No" opens, with the native
// <details>, the reasons and a comment). With JavaScript the answer is sent in the background and the thanks replace the
// forms in place, announced to screen readers.
import { useRef, useState, type FormEvent } from "react";
import { COMMENT_MAX, FEEDBACK_ENDPOINT, HONEYPOT_FIELD } from "@/lib/feedback/fields";

interface Labels {
  question: string;
  yes: string;
  no: string;
  whatWasWrong: string;
  comment: string;
  commentNote: string;
  send: string;
  thanks: string;
  failed: string;
  tooMany: string;
  trap: string;
}

function Hidden({ locale, path, id, trap }: { locale: string; path: string; id: string; trap: string }) {
  return (
    <>
      <input type="hidden" name="page" value={path} />
      <input type="hidden" name="locale" value={locale} />
      {/* The honeypot: never shown to people (display: none), left empty by them, filled by form-filling bots. */}
      <div className="hidden">
        <label htmlFor={`feedback-${HONEYPOT_FIELD}-${id}`}>{trap}</label>
        <input id={`feedback-${HONEYPOT_FIELD}-${id}`} type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" />
      </div>
    </>
  );
}

export function FeedbackForm({
  locale,
  path,
  labels,
  reasons,
}: {
  locale: string;
  path: string;
  labels: Labels;
  reasons: { value: string; label: string }[];
}) {
  const [state, setState] = useState<"open" | "sending" | "done" | "failed" | "tooMany">("open");
  const status = useRef<HTMLParagraphElement>(null);

  async function send(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    setState("sending");
    try {
      const response = await fetch(form.action, {
        method: "POST",
        body: new URLSearchParams(new FormData(form, submitter) as unknown as Record<string, string>),
        headers: { Accept: "application/json" },
      });
      setState(response.ok ? "done" : response.status === 429 ? "tooMany" : "failed");
    } catch {
      setState("failed");
    }
    requestAnimationFrame(() => status.current?.focus());
  }

  return (
    <section aria-labelledby="page-feedback-title" className="page-feedback no-print mt-10 border-t pt-6">
      <h2 id="page-feedback-title" className="text-step-1">
        {labels.question}
      </h2>
      {state === "done" ? (
        <p role="status" tabIndex={-1} ref={status}>
          {labels.thanks}
        </p>
      ) : (
        <>
          {state === "failed" || state === "tooMany" ? (
            <p role="alert" tabIndex={-1} ref={status} className="callout callout-warning">
              {state === "tooMany" ? labels.tooMany : labels.failed}
            </p>
          ) : null}
          <div className="flex flex-wrap items-start gap-4">
            <form method="post" action={FEEDBACK_ENDPOINT} onSubmit={send}>
              <Hidden locale={locale} path={path} id="yes" trap={labels.trap} />
              <button type="submit" name="answer" value="yes" className="button" disabled={state === "sending"}>
                {labels.yes}
              </button>
            </form>
            <details className="grow">
              <summary className="button inline-block cursor-pointer">{labels.no}</summary>
              <form method="post" action={FEEDBACK_ENDPOINT} onSubmit={send} className="mt-4 flex max-w-xl flex-col gap-3">
                <Hidden locale={locale} path={path} id="no" trap={labels.trap} />
                <input type="hidden" name="answer" value="no" />
                <fieldset>
                  <legend className="font-semibold">{labels.whatWasWrong}</legend>
                  {reasons.map((reason) => (
                    <div key={reason.value} className="flex items-center gap-2">
                      <input type="radio" id={`feedback-reason-${reason.value}`} name="reason" value={reason.value} />
                      <label htmlFor={`feedback-reason-${reason.value}`}>{reason.label}</label>
                    </div>
                  ))}
                </fieldset>
                <label htmlFor="feedback-comment" className="font-semibold">
                  {labels.comment}
                </label>
                <p id="feedback-comment-note" className="meta my-0">
                  {labels.commentNote}
                </p>
                <textarea
                  id="feedback-comment"
                  name="comment"
                  rows={3}
                  maxLength={COMMENT_MAX}
                  aria-describedby="feedback-comment-note"
                  className="rounded border p-2"
                />
                <button type="submit" className="button self-start" disabled={state === "sending"}>
                  {labels.send}
                </button>
              </form>
            </details>
          </div>
        </>
      )}
    </section>
  );
}
