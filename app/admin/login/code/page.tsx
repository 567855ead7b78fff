import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { CodeField } from "@/components/admin/CodeField";
import { adminTranslations } from "@/lib/auth/page";
import { currentPendingSignIn } from "@/lib/auth/pending";
import { submitSecondStep } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("codeTitle") };
}

/** The second step of signing in, after the password, for an account with an authenticator app. */
export default async function SecondStepPage() {
  const pending = await currentPendingSignIn();
  if (!pending) redirect("/admin/login");
  if (!pending.enrolled) redirect("/admin/login/enrol");
  const t = await adminTranslations();
  return (
    <div className="prose-passage">
      <h1>{t("codeTitle")}</h1>
      <ActionForm action={submitSecondStep} className="grid max-w-sm gap-3">
        <CodeField hint={t("codeHint")} />
        <button type="submit" className="button">
          {t("codeSubmit")}
        </button>
      </ActionForm>
    </div>
  );
}
