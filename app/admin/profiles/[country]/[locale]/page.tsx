import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AdminTable } from "@/components/admin/AdminTable";
import { ActionForm, ActionInput, ActionTextarea, FieldError } from "@/components/admin/ActionForm";
import { Forbidden } from "@/components/admin/Forbidden";
import { ProfileEditor } from "@/components/admin/ProfileEditor";
import { routePreview } from "@/components/admin/RoutePreview";
import { RouteSelector } from "@/components/admin/RouteSelector";
import { routeName } from "@/lib/routes/route-name";
import { CountryArticle } from "@/components/countries/CountryArticle";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { adminFormatter, adminLocale, adminPage, adminTranslations } from "@/lib/auth/page";
import { can } from "@/lib/auth/roles";
import { parseMdxBody } from "@/lib/content/mdx";
import { countryFactsSchema } from "@/lib/content/schema";
import { isSlug } from "@/lib/content/slug";
import { englishFactsForEditor, profileForEditor } from "@/lib/editorial/back-office";
import { factFieldGroups, factsToForm, scopedValues, type FieldLabels } from "@/lib/editorial/facts-form";
import { routeFieldGroups, type RouteLabels } from "@/lib/editorial/route-fields";
import { countryRoutes } from "@/lib/routes/country-routes";
import { fixedRoute } from "@/lib/routes/registry";
import { profileKeySchema } from "@/lib/editorial/workflow";
import { directionOf, isLocale, localeNames, referenceLocale } from "@/lib/i18n/locales";
import { previewProfile, publishRevision, restoreRevision, saveProfile, sendBackRevision, submitRevision } from "../../../actions";

type Props = { params: Promise<{ country: string; locale: string }>; searchParams: Promise<{ saved?: string; route?: string }> };

function safeParseBody(body: string) {
  try {
    return parseMdxBody(body);
  } catch {
    return null;
  }
}

async function load(params: Props["params"]) {
  const key = profileKeySchema.safeParse(await params);
  if (!key.success) notFound();
  const profile = await profileForEditor(key.data);
  if (!profile) notFound();
  return { ...key.data, profile };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await adminTranslations();
  const { country, locale } = await params;
  return { title: t("editTitle", { country, language: isLocale(locale) ? localeNames[locale] : locale }) };
}

export default async function EditProfilePage({ params, searchParams }: Props) {
  const { actor, allowed } = await adminPage("view");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const format = await adminFormatter();
  const { country, locale, profile } = await load(params);
  const latest = profile.revisions[0]!;
  const facts = countryFactsSchema.safeParse(latest.facts);
  const name = facts.success ? facts.data.name : country;
  const query = await searchParams;
  const saved = z.coerce.number().int().positive().safeParse(query.saved);
  const translation = locale !== referenceLocale;
  const uiLocale = await adminLocale();
  const tc = await getTranslations({ locale: uiLocale, namespace: "countries" });
  const tr = await getTranslations({ locale: uiLocale, namespace: "routes" });

  // The routes follow the English facts: the profile itself, or for a translation the English profile as last saved.
  const english = translation ? await englishFactsForEditor(country) : facts.success ? facts.data : undefined;
  const routes = english ? countryRoutes(english, facts.success ? facts.data.routeTexts : undefined) : [];
  const englishTexts = english?.routeTexts?.routes ?? {};
  const nameOf = (id: string) =>
    routeName(tr, { id, scheme: !fixedRoute(id), name: fixedRoute(id) ? undefined : englishTexts[id]?.name }, english?.name ?? name);
  const requested = query.route;
  const slugError = requested !== undefined && !isSlug(requested);
  const known = routes.some((route) => route.id === requested);
  // The English profile opens a route it does not have yet (a new national scheme); a translation only writes texts.
  const scope = requested && !slugError && (known || !translation) ? requested : "";
  const missingRoute = Boolean(requested && !slugError && !scope);
  const allValues = facts.success ? factsToForm(facts.data, english?.routes) : {};
  const values = scopedValues(allValues, scope);
  // Field labels come from the admin namespace, legends shared with the public page from "countries".
  const labels: FieldLabels = {
    field: (key) => t(`field.${key}`),
    entry: (number) => t("field.entry", { number }),
    country: (key) => tc(key),
  };
  // The editor is the one client component with its own messages: only its namespace crosses to the browser.
  const adminMessages = (await getMessages({ locale: uiLocale })).admin;
  const editorMessages = { admin: { editor: adminMessages.editor, route: adminMessages.route } };
  const routeLabels: RouteLabels = {
    route: (key, values) => t(`route.${key}`, values),
    public: (key) => tr(key),
    field: (key) => t(`field.${key}`),
    entry: (number) => t("field.entry", { number }),
  };
  const language = localeNames[locale];
  const englishRoute = english?.routes?.routes[scope];
  const groups = scope
    ? routeFieldGroups(
        values,
        {
          route: scope,
          english: !translation,
          scheme: !fixedRoute(scope),
          derivedStatus: english && fixedRoute(scope)?.status(english),
          language,
          ...(translation && englishRoute
            ? {
                reference: {
                  figures: englishRoute.figures.map((figure) => figure.id),
                  steps: englishRoute.steps,
                  text: englishTexts[scope],
                },
              }
            : {}),
        },
        routeLabels,
      )
    : factFieldGroups(values, translation, labels);
  const previewBody = safeParseBody(latest.body);
  const preview = scope ? (
    facts.success ? (
      routePreview({ locale, country, facts: facts.data, english, route: scope })
    ) : null
  ) : facts.success && previewBody ? (
    <CountryArticle locale={locale} country={country} facts={facts.data} body={previewBody} outdated={false} />
  ) : null;
  const canReview = can(actor, "review") && latest.status === "in_review";

  return (
    <>
      <p className="meta">
        <Link href="/admin">{t("profiles")}</Link> › {country}
      </p>
      <h1>
        <span lang={locale} dir="auto">
          {name}
        </span>{" "}
        · {localeNames[locale]}
      </h1>
      <p>
        {t("latestRevision", { number: latest.number })}: <strong data-testid="latest-status">{t(`state.${latest.status}`)}</strong>
        {" · "}
        <a href={`/${locale}/countries/${country}${scope && known ? `/${scope}` : ""}`}>{t("viewPublic")}</a>
      </p>
      {saved.success ? (
        <p role="status" className="callout callout-official">
          {t("saved", { number: saved.data })}
        </p>
      ) : null}
      {latest.status === "draft" && latest.reviewComment ? (
        <div className="callout callout-note">
          <p className="callout-title">{t("sentBackBy", { reviewer: latest.reviewedBy?.email ?? "?" })}</p>
          <p>{latest.reviewComment}</p>
        </div>
      ) : null}

      <section aria-labelledby="workflow" className="mb-8">
        <h2 id="workflow">{t("workflow")}</h2>
        {latest.status === "draft" && can(actor, "edit") ? (
          <ActionForm action={submitRevision} className="flex max-w-xl flex-col gap-2">
            <input type="hidden" name="revisionId" value={latest.id} />
            <label htmlFor="changeSummary" className="font-semibold">
              {t("changeSummary")}
            </label>
            <p id="changeSummary-hint" className="meta">
              {t("changeSummaryHint")}
            </p>
            <ActionInput
              id="changeSummary"
              name="changeSummary"
              required
              minLength={3}
              maxLength={200}
              aria-describedby="changeSummary-hint"
              className="admin-input"
            />
            <FieldError name="changeSummary" />
            <button type="submit" className="button">
              {t("submit", { number: latest.number })}
            </button>
          </ActionForm>
        ) : null}
        {canReview && latest.authorId === actor.id ? <p>{t("ownRevision")}</p> : null}
        {canReview && latest.authorId !== actor.id ? (
          <div className="flex flex-wrap items-start gap-6">
            <ActionForm action={publishRevision}>
              <input type="hidden" name="revisionId" value={latest.id} />
              <button type="submit" className="button">
                {t("publish", { number: latest.number })}
              </button>
            </ActionForm>
            <ActionForm action={sendBackRevision} className="flex flex-col gap-2">
              <label htmlFor="comment" className="font-semibold">
                {t("comment")}
              </label>
              <ActionTextarea id="comment" name="comment" rows={3} required minLength={3} className="admin-input" />
              <FieldError name="comment" />
              <button type="submit" className="button">
                {t("sendBack")}
              </button>
            </ActionForm>
          </div>
        ) : null}
        {latest.status === "published" || latest.status === "superseded" ? <p>{t("nothingPending")}</p> : null}
        {latest.status === "in_review" && !can(actor, "review") ? <p>{t("waitingForReview")}</p> : null}
      </section>

      <RouteSelector
        path={`/admin/profiles/${country}/${locale}`}
        current={scope}
        routes={routes.map((route) => ({ id: route.id, name: nameOf(route.id), status: tr(`status.${route.status}`) }))}
        canAdd={!translation && can(actor, "edit")}
        slugError={slugError}
        requested={requested}
        labels={{
          selector: t("route.selectorLabel"),
          profile: t("route.profileFields"),
          addScheme: t("route.addScheme"),
          newSlug: t("route.newSlug"),
          invalidSlug: t("route.invalidSlug"),
        }}
      />
      {missingRoute ? (
        <p role="alert" className="callout callout-warning">
          {t("route.noRoute", { route: requested ?? "" })}
        </p>
      ) : null}
      {scope && translation ? (
        <p className="callout callout-note">
          {t("route.factsInEnglish", { language })}{" "}
          <Link href={`/admin/profiles/${country}/${referenceLocale}?route=${scope}`}>{t("route.factsLink")}</Link>
        </p>
      ) : null}
      {scope && !known ? <p className="callout callout-note">{t("route.newScheme")}</p> : null}
      {can(actor, "edit") ? (
        <section aria-labelledby="edit-title">
          <h2 id="edit-title">{scope ? t("route.editingRoute", { route: nameOf(scope) }) : t("edit")}</h2>
          <NextIntlClientProvider locale={uiLocale} messages={editorMessages}>
            {/* A new latest revision starts a fresh editor: no answer from a save on an older base lingers. */}
            <ProfileEditor
              key={`${latest.id}:${scope}`}
              country={country}
              locale={locale}
              baseRevisionId={latest.id}
              translation={translation}
              scope={scope}
              groups={groups}
              values={values}
              body={latest.body}
              initialPreview={preview}
              save={saveProfile}
              preview={previewProfile}
            />
          </NextIntlClientProvider>
        </section>
      ) : (
        <section aria-labelledby="preview-title">
          <h2 id="preview-title">{t("preview")}</h2>
          <div lang={locale} dir={directionOf(locale)} className="rounded border border-line p-4">
            {preview}
          </div>
        </section>
      )}

      <section aria-labelledby="revisions" className="mt-10">
        <h2 id="revisions">{t("revisions")}</h2>
        <form method="get" action={`/admin/profiles/${country}/${locale}/diff`} className="mb-3 flex flex-wrap items-end gap-3">
          {(["from", "to"] as const).map((end, index) => (
            <div key={end} className="flex flex-col">
              <label htmlFor={`diff-${end}`} className="font-semibold">
                {t(end === "from" ? "compareFrom" : "compareTo")}
              </label>
              <select
                id={`diff-${end}`}
                name={end}
                defaultValue={String(profile.revisions[Math.min(1 - index, profile.revisions.length - 1)]!.number)}
                className="admin-input"
              >
                {profile.revisions.map((revision) => (
                  <option key={revision.id} value={revision.number}>
                    {revision.number}
                  </option>
                ))}
              </select>
            </div>
          ))}
          <button type="submit" className="button">
            {t("compare")}
          </button>
        </form>
        <AdminTable
          label={t("revisions")}
          columns={[
            "#",
            t("status"),
            t("author"),
            t("savedAt"),
            t("note"),
            <span key="restore" className="sr-only">
              {t("restore")}
            </span>,
          ]}
        >
          {profile.revisions.map((revision) => (
            <tr key={revision.id}>
              <td>{revision.number}</td>
              <td>{t(`state.${revision.status}`)}</td>
              <td>{revision.author?.email ?? t("seed")}</td>
              <td>
                <time dateTime={revision.createdAt.toISOString()}>{format.dateTime(revision.createdAt, "dateTime")}</time>
              </td>
              <td>{revision.reviewComment ?? revision.note ?? ""}</td>
              <td>
                {revision.id !== latest.id && can(actor, "edit") ? (
                  <ActionForm action={restoreRevision}>
                    <input type="hidden" name="revisionId" value={revision.id} />
                    <input type="hidden" name="baseRevisionId" value={latest.id} />
                    <button type="submit" className="underline">
                      {t("restoreNumber", { number: revision.number })}
                    </button>
                  </ActionForm>
                ) : null}
              </td>
            </tr>
          ))}
        </AdminTable>
      </section>
    </>
  );
}
