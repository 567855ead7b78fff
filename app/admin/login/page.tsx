import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ActionForm, ActionInput, FieldError } from "@/components/admin/ActionForm";
import { signIn } from "../actions";
import { adminTranslations } from "@/lib/auth/page";
import { currentActor } from "@/lib/auth/session";

type Props = { searchParams: Promise<{ signedOut?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("signIn") };
}

export default async function LoginPage({ searchParams }: Props) {
  if (await currentActor()) redirect("/admin");
  const t = await adminTranslations();
  const { signedOut } = await searchParams;
  return (
    <div className="prose-passage">
      <h1>{t("signIn")}</h1>
      {signedOut ? <p role="status">{t("signedOut")}</p> : null}
      <ActionForm action={signIn} className="grid max-w-sm gap-3">
        <label htmlFor="email" className="font-semibold">
          {t("email")}
        </label>
        <ActionInput id="email" name="email" type="email" autoComplete="username" required className="admin-input" />
        <FieldError name="email" />
        <label htmlFor="password" className="font-semibold">
          {t("password")}
        </label>
        <ActionInput id="password" name="password" type="password" autoComplete="current-password" required className="admin-input" />
        <FieldError name="password" />
        <button type="submit" className="button">
          {t("signIn")}
        </button>
      </ActionForm>
    </div>
  );
}
