import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/admin/ActionForm";
import { CodeField } from "@/components/admin/CodeField";
import { adminTranslations } from "@/lib/auth/page";
import { currentPendingSignIn } from "@/lib/auth/pending";
import { currentActor } from "@/lib/auth/session";
import { totpQrDataUrl, totpUri } from "@/lib/auth/totp";
import { enrolSecondFactor } from "../../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("enrolTitle") };
}

/**
 * Enrolment of an authenticator app: a QR code drawn here (and the key as text), then the first code it shows. The
 * recovery codes arrive in the action's answer, shown once in place of the form; the form stays in the same place in
 * the tree when the page renders again after the action (the pending sign-in is gone by then), so the answer is kept.
 */
export default async function EnrolPage() {
  const pending = await currentPendingSignIn();
  const actor = pending ? null : await currentActor();
  if (!pending && !actor) redirect("/admin/login");
  if (pending?.enrolled) redirect("/admin/login/code");
  const t = await adminTranslations();
  const secret = pending?.enrolSecret;
  return (
    <div className="prose-passage">
      <h1>{t("enrolTitle")}</h1>
      <ActionForm action={enrolSecondFactor} className="grid max-w-xl gap-3" done={{ href: "/admin", label: t("continue") }}>
        {secret && pending ? (
          <>
            <p>{t("enrolIntro")}</p>
            <p>{t("enrolScan")}</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data: URL drawn on the server, nothing to optimise */}
            <img
              src={totpQrDataUrl(totpUri(secret, pending.actor.email))}
              alt={t("enrolQrAlt")}
              width={240}
              height={240}
              className="qr-code"
            />
            <p>
              {t("enrolKey")}{" "}
              <code dir="ltr" data-testid="totp-secret" className="break-all">
                {secret.match(/.{1,4}/g)!.join(" ")}
              </code>
            </p>
            <p>{t("enrolConfirm")}</p>
            <CodeField hint={t("enrolCodeHint")} />
            <button type="submit" className="button">
              {t("enrolSubmit")}
            </button>
          </>
        ) : (
          <p>
            {t("enrolDone")} <Link href="/admin">{t("continue")}</Link>
          </p>
        )}
      </ActionForm>
    </div>
  );
}
