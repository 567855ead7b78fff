import type { Metadata } from "next";
import { AdminTable } from "@/components/admin/AdminTable";
import { Forbidden } from "@/components/admin/Forbidden";
import { adminPage, adminTranslations } from "@/lib/auth/page";
import { ActionForm, ActionInput, FieldError } from "@/components/admin/ActionForm";
import { accountList, editorPolicy } from "@/lib/auth/back-office";
import { createAccount, resetSecondFactor, setAccountDisabled, setAccountRole, setEditorSecondFactor } from "../actions";
import { secondFactorPolicies } from "@/lib/auth/policy";
import { roles } from "@/lib/auth/roles";

export async function generateMetadata(): Promise<Metadata> {
  const t = await adminTranslations();
  return { title: t("users") };
}

export default async function UsersPage() {
  const { actor, allowed } = await adminPage("manageUsers");
  if (!allowed) return <Forbidden />;
  const t = await adminTranslations();
  const [users, policy] = await Promise.all([accountList(), editorPolicy()]);
  return (
    <>
      <h1>{t("users")}</h1>
      <section aria-labelledby="editor-policy" className="mb-8">
        <h2 id="editor-policy">{t("editorPolicyTitle")}</h2>
        <ActionForm action={setEditorSecondFactor}>
          <fieldset className="flex flex-wrap items-end gap-4">
            <legend className="meta">{t("editorPolicyHint")}</legend>
            {secondFactorPolicies.map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name="policy" value={value} defaultChecked={value === policy} />
                {t(`editorPolicy.${value}`)}
              </label>
            ))}
            <button type="submit" className="button">
              {t("save")}
            </button>
          </fieldset>
        </ActionForm>
      </section>
      <section aria-labelledby="new-user" className="mb-8">
        <h2 id="new-user">{t("newUser")}</h2>
        <p className="meta">{t("newUserHint")}</p>
        <ActionForm
          action={createAccount}
          className="flex flex-wrap items-end gap-3"
          dataLabels={{ email: t("email"), password: t("oneTimePassword") }}
        >
          <div className="flex flex-col">
            <label htmlFor="new-email" className="font-semibold">
              {t("email")}
            </label>
            <ActionInput id="new-email" name="email" type="email" required className="admin-input" />
            <FieldError name="email" />
          </div>
          <div className="flex flex-col">
            <label htmlFor="new-role" className="font-semibold">
              {t("roleLabel")}
            </label>
            <select id="new-role" name="role" className="admin-input">
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t(`role.${role}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t("createUser")}
          </button>
        </ActionForm>
      </section>
      <AdminTable label={t("users")} columns={[t("email"), t("roleLabel"), t("access"), t("secondFactor")]}>
        {users.map((user) => (
          <tr key={user.id}>
            <td>{user.email}</td>
            <td>
              {user.id === actor.id ? (
                t(`role.${user.role}`)
              ) : (
                <ActionForm action={setAccountRole} className="flex gap-2">
                  <input type="hidden" name="userId" value={user.id} />
                  <label htmlFor={`role-${user.id}`} className="sr-only">
                    {t("roleOf", { email: user.email })}
                  </label>
                  <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="admin-input">
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {t(`role.${role}`)}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="underline">
                    {t("change")}
                  </button>
                </ActionForm>
              )}
            </td>
            <td>
              {user.disabled ? t("disabled") : t("enabled")}
              {user.id === actor.id ? null : (
                <ActionForm action={setAccountDisabled} className="inline ms-2">
                  <input type="hidden" name="userId" value={user.id} />
                  <input type="hidden" name="disabled" value={user.disabled ? "false" : "true"} />
                  <button type="submit" className="underline">
                    {user.disabled ? t("enable") : t("disable")}
                  </button>
                </ActionForm>
              )}
            </td>
            <td>
              {user.totpEnabledAt ? t("secondFactorSet") : t("secondFactorNotSet")}
              {user.id === actor.id || !user.totpEnabledAt ? null : (
                <ActionForm action={resetSecondFactor} className="inline ms-2">
                  <input type="hidden" name="userId" value={user.id} />
                  <button type="submit" className="underline">
                    {t("resetSecondFactor")}
                    <span className="sr-only"> ({user.email})</span>
                  </button>
                </ActionForm>
              )}
            </td>
          </tr>
        ))}
      </AdminTable>
    </>
  );
}
