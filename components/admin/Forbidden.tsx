import { adminTranslations } from "@/lib/auth/page";

export async function Forbidden() {
  const t = await adminTranslations();
  return (
    <div className="prose-passage">
      <h1>{t("forbiddenTitle")}</h1>
      <p>{t("forbiddenText")}</p>
    </div>
  );
}
