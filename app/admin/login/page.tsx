import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { adminTranslations } from "@/lib/auth/page";
import { currentActor } from "@/lib/auth/session";

type Props = { searchParams: Promise<{ error?: string; signedOut?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("signIn") };
}

export default async function LoginPage({ searchParams }: Props) {
  if (await currentActor()) redirect("/admin");
  const t = await adminTranslations();
  const { error, signedOut } = await searchParams;
  const message = error === "throttled" ? t("signInThrottled") : error ? t("signInFailed") : null;
  return (
    <div className="prose-passage">
      <h1>{t("signIn")}</h1>
      {message ? (
        <div role="alert" className="callout callout-warning">
          <p>{message}</p>
        </div>
      ) : null}
      {signedOut ? <p role="status">{t("signedOut")}</p> : null}
      <form method="post" action="/admin/actions/sign-in" className="grid max-w-sm gap-3">
        <label htmlFor="email" className="font-semibold">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className="admin-input" />
        <label htmlFor="password" className="font-semibold">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className="admin-input" />
        <button type="submit" className="button">
          {t("signIn")}
        </button>
      </form>
    </div>
  );
}
