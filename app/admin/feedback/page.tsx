import type { Metadata } from "next";
import { ActionForm } from "@/components/admin/ActionForm";
import { AdminTable } from "@/components/admin/AdminTable";
import { Forbidden } from "@/components/admin/Forbidden";
import { can } from "@/lib/auth/roles";
import { getTranslations } from "next-intl/server";
import { adminFormatter, adminLocale, adminPage, adminTranslations } from "@/lib/auth/page";
import { feedbackReport } from "@/lib/feedback/back-office";
import { feedbackReasons } from "@/lib/feedback/fields";
import { feedbackPeriods, periodSchema } from "@/lib/feedback/report";
import { isLocale, localeNames } from "@/lib/i18n/locales";
import { markFeedbackHandled } from "../actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("feedback.title") };
}

/** Country pages and their route pages are edited here; guidance pages are files in content/. */
function editorOf(path: string, locale: string): string | null {
  const match = /^\/countries\/([a-z0-9-]+)(?:\/([a-z0-9-]+))?$/.exec(path);
  if (!match) return null;
  return `/admin/profiles/${match[1]}/${locale}${match[2] ? `?route=${match[2]}` : ""}`;
}

const languageName = (locale: string) => (isLocale(locale) ? localeNames[locale] : locale);

export default async function FeedbackPage({ searchParams }: Props) {
  const { actor, allowed } = await adminPage("view");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  // The reasons as readers see them, in the back office's language.
  const reasons = await getTranslations({ locale: await adminLocale(), namespace: "feedback.reason" });
  const format = await adminFormatter();
  const days = periodSchema.parse((await searchParams).days);
  const [counts, comments] = await feedbackReport(days);
  const reasonLabel = (reason: string | null) =>
    reason && (feedbackReasons as readonly string[]).includes(reason) ? reasons(reason as (typeof feedbackReasons)[number]) : "—";
  return (
    <>
      <h1>{t("feedback.title")}</h1>
      <p className="meta">{t("feedback.intro")}</p>
      <nav aria-label={t("feedback.period")} className="mb-4">
        <ul className="flex flex-wrap gap-4">
          {feedbackPeriods.map((period) => (
            <li key={period}>
              <a href={`/admin/feedback?days=${period}`} aria-current={period === days ? "page" : undefined}>
                {t("feedback.lastDays", { days: period })}
              </a>
            </li>
          ))}
          <li>
            <a href={`/admin/feedback/export?days=${days}`} download>
              {t("feedback.export", { days })}
            </a>
          </li>
        </ul>
      </nav>

      <h2>{t("feedback.byPage", { days })}</h2>
      {counts.length === 0 ? (
        <p>{t("feedback.none")}</p>
      ) : (
        <AdminTable
          label={t("feedback.byPage", { days })}
          columns={[
            t("feedback.page"),
            t("searchLocale"),
            t("feedback.yes"),
            t("feedback.no"),
            ...feedbackReasons.map((reason) => reasons(reason)),
            t("feedback.noReason"),
          ]}
        >
          {counts.map((row) => {
            const editor = editorOf(row.path, row.locale);
            return (
              <tr key={`${row.path} ${row.locale}`}>
                <td>
                  <a href={`/${row.locale}${row.path}`}>{row.path}</a>
                  {editor ? (
                    <>
                      {" · "}
                      <a href={editor}>{t("feedback.edit")}</a>
                    </>
                  ) : null}
                </td>
                <td>{languageName(row.locale)}</td>
                <td>{row.yes}</td>
                <td>{row.no}</td>
                {feedbackReasons.map((reason) => (
                  <td key={reason}>{row.reasons[reason]}</td>
                ))}
                <td>{row.reasons.none}</td>
              </tr>
            );
          })}
        </AdminTable>
      )}

      <h2 id="comments">{t("feedback.comments", { days })}</h2>
      {comments.length === 0 ? (
        <p>{t("feedback.noComments")}</p>
      ) : (
        <ul className="flex flex-col gap-4" aria-labelledby="comments">
          {comments.map((comment) => {
            const editor = editorOf(comment.path, comment.locale);
            return (
              <li key={comment.id} className="rounded border border-line p-3" data-feedback-id={comment.id}>
                <p className="meta">
                  <time dateTime={comment.day.toISOString().slice(0, 10)}>{format.dateTime(comment.day, "date")}</time>
                  {" · "}
                  <a href={`/${comment.locale}${comment.path}`}>{comment.path}</a> ({languageName(comment.locale)})
                  {editor ? (
                    <>
                      {" · "}
                      <a href={editor}>{t("feedback.edit")}</a>
                    </>
                  ) : null}
                  {" · "}
                  {reasonLabel(comment.reason)}
                </p>
                {/* The reader's text, as text: React escapes it. */}
                <p lang={comment.locale} className="whitespace-pre-line">
                  {comment.comment}
                </p>
                {comment.handledAt ? (
                  <p className="meta">
                    {t("feedback.handledBy", { who: comment.handledBy?.email ?? "?", date: format.dateTime(comment.handledAt, "date") })}
                  </p>
                ) : can(actor, "edit") ? (
                  <ActionForm action={markFeedbackHandled}>
                    <input type="hidden" name="id" value={comment.id} />
                    <input type="hidden" name="days" value={String(days)} />
                    <button type="submit" className="underline">
                      {t("feedback.markHandled")}
                    </button>
                  </ActionForm>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
