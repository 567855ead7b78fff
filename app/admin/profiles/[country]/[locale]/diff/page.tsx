import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { Forbidden } from "@/components/admin/Forbidden";
import { adminPage, adminTranslations } from "@/lib/auth/page";
import { revisionsToCompare } from "@/lib/editorial/back-office";
import { lineDiff, revisionText } from "@/lib/editorial/diff";
import { profileKeySchema } from "@/lib/editorial/workflow";

type Props = { params: Promise<{ country: string; locale: string }>; searchParams: Promise<{ from?: string; to?: string }> };
const numbers = z.object({ from: z.coerce.number().int().positive(), to: z.coerce.number().int().positive() });

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("compare") };
}

export default async function DiffPage({ params, searchParams }: Props) {
  const { allowed } = await adminPage("view");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const key = profileKeySchema.safeParse(await params);
  const range = numbers.safeParse(await searchParams);
  if (!key.success) notFound();
  const back = `/admin/profiles/${key.data.country}/${key.data.locale}`;
  if (!range.success)
    return (
      <p role="alert">
        {t("compareInvalid")} <a href={back}>{t("back")}</a>
      </p>
    );
  const pair = await revisionsToCompare(key.data, range.data.from, range.data.to);
  if (!pair)
    return (
      <p role="alert">
        {t("compareInvalid")} <a href={back}>{t("back")}</a>
      </p>
    );
  const { from, to } = pair;
  const lines = lineDiff(revisionText(from), revisionText(to));
  const changed = lines.filter((line) => line.kind !== "same").length;
  return (
    <>
      <p className="meta">
        <a href={back}>{t("back")}</a>
      </p>
      <h1>{t("diffTitle", { from: from.number, to: to.number })}</h1>
      <p>{t("diffSummary", { count: changed })}</p>
      <div className="diff rounded border border-line p-2" dir="auto">
        {lines.map((line, index) => (
          <div key={index} className={line.kind}>
            <span aria-hidden="true">{line.kind === "added" ? "+ " : line.kind === "removed" ? "− " : "  "}</span>
            {line.kind === "added" ? (
              <ins className="no-underline">{line.text}</ins>
            ) : line.kind === "removed" ? (
              <del>{line.text}</del>
            ) : (
              line.text
            )}
          </div>
        ))}
      </div>
    </>
  );
}
