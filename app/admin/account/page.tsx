import type { Metadata } from "next";
import { z } from "zod";
import { adminFormatter, adminPage, adminTranslations } from "@/lib/auth/page";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/password";
import { ownSecondFactor } from "@/lib/auth/back-office";
import { ActionForm, ActionInput, FieldError } from "@/components/admin/ActionForm";
import { changeOwnPassword, startEnrolment } from "../actions";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const notices = z.object({ notice: z.enum(["recovery"]).optional().catch(undefined) });

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("account") };
}

export default async function AccountPage({ searchParams }: Props) {
  const { actor } = await adminPage("view", { passwordPage: true });
  const t = await adminTranslations();
  const format = await adminFormatter();
  const { notice } = notices.parse(await searchParams);
  const secondFactor = await ownSecondFactor(actor.id);
  return (
    <div className="prose-passage">
      <h1>{t("account")}</h1>
      <p>
        {actor.email} ({t(`role.${actor.role}`)})
      </p>
      {notice === "recovery" ? (
        <p role="status" className="callout callout-warning">
          {t("recoveryUsed", { count: secondFactor.recoveryCodesLeft })}
        </p>
      ) : null}
      {actor.mustChangePassword ? (
        <p role="alert" className="callout callout-warning">
          {t("mustChangePassword")}
        </p>
      ) : null}
      <h2>{t("changePassword")}</h2>
      <ActionForm action={changeOwnPassword} className="grid max-w-sm gap-3">
        <label htmlFor="current" className="font-semibold">
          {t("currentPassword")}
        </label>
        <ActionInput id="current" name="current" type="password" autoComplete="current-password" required className="admin-input" />
        <FieldError name="current" />
        <label htmlFor="next" className="font-semibold">
          {t("newPassword", { min: MIN_PASSWORD_LENGTH })}
        </label>
        <ActionInput
          id="next"
          name="next"
          type="password"
          autoComplete="new-password"
          minLength={MIN_PASSWORD_LENGTH}
          required
          className="admin-input"
        />
        <FieldError name="next" />
        <button type="submit" className="button">
          {t("changePassword")}
        </button>
      </ActionForm>
      <h2>{t("secondFactor")}</h2>
      {secondFactor.enrolledAt ? (
        <p>
          {t("secondFactorOn", {
            date: format.dateTime(secondFactor.enrolledAt, "date"),
            count: secondFactor.recoveryCodesLeft,
          })}
        </p>
      ) : (
        <>
          <p>{t("secondFactorOff")}</p>
          <ActionForm action={startEnrolment}>
            <button type="submit" className="button">
              {t("enrolTitle")}
            </button>
          </ActionForm>
        </>
      )}
    </div>
  );
}
