"use client";
// Staff accounts: the list with role and status changes, and the form to create an account.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE, invalidProps, useLatestResult } from "@/components/admin/ui/form-kit";
import { AdminTable } from "@/components/admin/ui/table";
import type { ActionState } from "@/lib/actions/state";
import type { Role } from "@/lib/generated/prisma/enums";
import {
  activateUser,
  changeUserRole,
  createUser,
  deactivateUser,
  inviteUser,
  resetUserTwoFactor,
} from "@/lib/users/actions";
import type { StaffRow } from "@/lib/users/queries";

type Props = {
  users: StaffRow[];
  roles: readonly Role[];
  currentUserId: number;
  passwordMin: number;
  pageResult?: ActionState;
};

const CREATE_FORM = "user-create";

export function UsersManager({ users, roles, currentUserId, passwordMin, pageResult }: Props) {
  const [created, create] = useActionState(createUser, IDLE);
  const [roleChanged, changeRole] = useActionState(changeUserRole, IDLE);
  const [deactivated, deactivate] = useActionState(deactivateUser, IDLE);
  const [activated, activate] = useActionState(activateUser, IDLE);
  const [invited, invite] = useActionState(inviteUser, IDLE);
  const [twoFactorReset, resetTwoFactor] = useActionState(resetUserTwoFactor, IDLE);
  const latest = useLatestResult(
    pageResult,
    created,
    roleChanged,
    deactivated,
    activated,
    invited,
    twoFactorReset,
  );
  const createState = latest.values?.formId === CREATE_FORM ? latest : IDLE;
  const values = createState.status === "error" ? createState.values : undefined;
  const t = useTranslations("AdminUsers");
  const roleName = useTranslations("AdminLayout");

  return (
    <>
      <FormMessage state={latest} testId="users-message" />
      <AdminTable
        caption={t("caption")}
        rows={users}
        rowKey={(user) => user.id}
        rowProps={(user) => ({ id: `user-${user.id}`, className: user.active ? undefined : "inactive" })}
        className="users-table"
        testId="users-table"
        columns={[
          {
            header: t("colName"),
            rowHeader: true,
            cell: (user) => (
              <>
                {user.name}
                {user.id === currentUserId && <span className="badge">{t("you")}</span>}
              </>
            ),
          },
          { header: t("colEmail"), cell: (user) => user.email },
          {
            header: t("colRole"),
            cell: (user) => (
              <form action={changeRole} className="role-form">
                <input type="hidden" name="userId" value={user.id} />
                <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                  {t("roleOf", { name: user.name })}
                </label>
                <select id={`role-${user.id}`} name="role" defaultValue={user.role} key={user.role}>
                  {roles.map((role) => (
                    <option key={role} value={role}>
                      {roleName(role)}
                    </option>
                  ))}
                </select>
                <button
                  type="submit"
                  className="secondary"
                  aria-label={t("changeRoleOf", { name: user.name })}
                >
                  {t("change")}
                </button>
              </form>
            ),
          },
          { header: t("colStatus"), cell: (user) => (user.active ? t("active") : t("deactivated")) },
          { header: t("colLastSignIn"), cell: (user) => user.lastSignIn ?? t("never") },
          {
            header: t("colTwoFactor"),
            cell: (user) =>
              user.twoFactor && user.id !== currentUserId ? (
                <form action={resetTwoFactor}>
                  {t("twoFactorOn")} <input type="hidden" name="userId" value={user.id} />
                  <button
                    type="submit"
                    className="secondary"
                    aria-label={t("resetTwoFactorLabel", { name: user.name })}
                  >
                    {t("resetTwoFactor")}
                  </button>
                </form>
              ) : (
                t(user.twoFactor ? "twoFactorOn" : "twoFactorOff")
              ),
          },
          {
            header: t("colAccess"),
            cell: (user) =>
              user.id === currentUserId ? (
                <span className="hint">{t("ownAccount")}</span>
              ) : (
                <form action={user.active ? deactivate : activate}>
                  <input type="hidden" name="userId" value={user.id} />
                  <button
                    type="submit"
                    className={user.active ? "danger" : undefined}
                    aria-label={t(user.active ? "deactivateLabel" : "reactivateLabel", { name: user.name })}
                  >
                    {user.active ? t("deactivate") : t("reactivate")}
                  </button>
                </form>
              ),
          },
        ]}
      />

      <section aria-labelledby="create-heading" className="admin-panel">
        <h2 id="create-heading">{t("addHeading")}</h2>
        <form action={create} className="admin-form narrow-form" key={JSON.stringify(values ?? {})}>
          <input type="hidden" name="formId" value={CREATE_FORM} />
          <div className="field">
            <label htmlFor="new-name">{t("name")}</label>
            <input
              id="new-name"
              name="name"
              required
              maxLength={100}
              autoComplete="off"
              defaultValue={values?.name ?? ""}
              {...invalidProps(createState, "name", "new-name-error")}
            />
            <FieldError state={createState} name="name" id="new-name-error" />
          </div>
          <div className="field">
            <label htmlFor="new-email">{t("email")}</label>
            <input
              id="new-email"
              name="email"
              type="email"
              required
              maxLength={254}
              autoComplete="off"
              defaultValue={values?.email ?? ""}
              {...invalidProps(createState, "email", "new-email-error")}
            />
            <FieldError state={createState} name="email" id="new-email-error" />
          </div>
          <div className="field">
            <label htmlFor="new-role">{t("role")}</label>
            <select
              id="new-role"
              name="role"
              defaultValue={values?.role ?? "MODERATOR"}
              {...invalidProps(createState, "role", "new-role-error")}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {t("roleOption", { role: roleName(role), help: t(`help_${role}`) })}
                </option>
              ))}
            </select>
            <FieldError state={createState} name="role" id="new-role-error" />
          </div>
          <div className="field">
            <label htmlFor="new-password">{t("password")}</label>
            <input
              id="new-password"
              name="password"
              type="password"
              required
              minLength={passwordMin}
              maxLength={200}
              autoComplete="new-password"
              aria-describedby="new-password-hint"
              {...invalidProps(createState, "password", "new-password-error")}
            />
            <p className="hint" id="new-password-hint">
              {t("passwordHint", { min: passwordMin })}
            </p>
            <FieldError state={createState} name="password" id="new-password-error" />
          </div>
          <div className="form-buttons">
            <button type="submit">{t("create")}</button>
            {/* No password needed: they get a one-time link (an hour) to choose their own. */}
            <button type="submit" className="secondary" formAction={invite} formNoValidate>
              {t("invite")}
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
