import { ActionInput, FieldError } from "@/components/admin/ActionForm";
import { adminTranslations } from "@/lib/auth/page";

/** The second step's one field, labelled "Authentication code", with its hint and its error. */
export async function CodeField({ hint }: { hint: string }) {
  const t = await adminTranslations();
  return (
    <>
      <label htmlFor="code" className="font-semibold">
        {t("codeLabel")}
      </label>
      <p id="code-hint" className="meta">
        {hint}
      </p>
      <ActionInput
        id="code"
        name="code"
        type="text"
        dir="ltr"
        autoComplete="one-time-code"
        autoCapitalize="off"
        spellCheck={false}
        required
        maxLength={40}
        aria-describedby="code-hint"
        className="admin-input"
      />
      <FieldError name="code" />
    </>
  );
}
