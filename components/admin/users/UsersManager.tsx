"use client";
// Staff accounts: the list with role and status changes, and the form to create an account.
import { useActionState } from "react";
import { FieldError, FormMessage, IDLE, invalidProps, useLatestResult } from "@/components/admin/ui/form-kit";
import type { ActionState } from "@/lib/actions/state";
import type { Role } from "@/lib/generated/prisma/enums";
import { activateUser, changeUserRole, createUser, deactivateUser, inviteUser } from "@/lib/users/actions";
import type { StaffRow } from "@/lib/users/queries";

type Props = {
  users: StaffRow[];
  roles: readonly Role[];
  currentUserId: number;
  passwordMin: number;
  pageResult?: ActionState;
};

const ROLE_HELP: Record<Role, string> = {
  ADMIN: "everything, including users and settings",
  EDITOR: "articles, Editor's Pick, comments, audit log",
  MODERATOR: "comments only",
};

const CREATE_FORM = "user-create";

export function UsersManager({ users, roles, currentUserId, passwordMin, pageResult }: Props) {
  const [created, create] = useActionState(createUser, IDLE);
  const [roleChanged, changeRole] = useActionState(changeUserRole, IDLE);
  const [deactivated, deactivate] = useActionState(deactivateUser, IDLE);
  const [activated, activate] = useActionState(activateUser, IDLE);
  const [invited, invite] = useActionState(inviteUser, IDLE);
  const latest = useLatestResult(pageResult, created, roleChanged, deactivated, activated, invited);
  const createState = latest.values?.formId === CREATE_FORM ? latest : IDLE;
  const values = createState.status === "error" ? createState.values : undefined;

  return (
    <>
      <FormMessage state={latest} testId="users-message" />
      <table className="admin-table users-table" data-testid="users-table">
        <caption className="visually-hidden">Staff accounts</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Access</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} id={`user-${user.id}`} className={user.active ? undefined : "inactive"}>
              <th scope="row">
                {user.name}
                {user.id === currentUserId && <span className="badge">you</span>}
              </th>
              <td>{user.email}</td>
              <td>
                <form action={changeRole} className="role-form">
                  <input type="hidden" name="userId" value={user.id} />
                  <label className="visually-hidden" htmlFor={`role-${user.id}`}>
                    Role of {user.name}
                  </label>
                  <select id={`role-${user.id}`} name="role" defaultValue={user.role} key={user.role}>
                    {roles.map((role) => (
                      <option key={role} value={role}>
                        {role.toLowerCase()}
                      </option>
                    ))}
                  </select>
                  <button type="submit" className="secondary" aria-label={`Change the role of ${user.name}`}>
                    Change
                  </button>
                </form>
              </td>
              <td>{user.active ? "Active" : "Deactivated"}</td>
              <td>{user.lastSignIn ?? "Never"}</td>
              <td>
                {user.id === currentUserId ? (
                  <span className="hint">Your own account</span>
                ) : (
                  <form action={user.active ? deactivate : activate}>
                    <input type="hidden" name="userId" value={user.id} />
                    <button
                      type="submit"
                      className={user.active ? "danger" : undefined}
                      aria-label={`${user.active ? "Deactivate" : "Reactivate"} ${user.name}`}
                    >
                      {user.active ? "Deactivate" : "Reactivate"}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <section aria-labelledby="create-heading" className="admin-panel">
        <h2 id="create-heading">Add a staff member</h2>
        <form action={create} className="admin-form narrow-form" key={JSON.stringify(values ?? {})}>
          <input type="hidden" name="formId" value={CREATE_FORM} />
          <div className="field">
            <label htmlFor="new-name">Name</label>
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
            <label htmlFor="new-email">Email</label>
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
            <label htmlFor="new-role">Role</label>
            <select
              id="new-role"
              name="role"
              defaultValue={values?.role ?? "MODERATOR"}
              {...invalidProps(createState, "role", "new-role-error")}
            >
              {roles.map((role) => (
                <option key={role} value={role}>
                  {role.toLowerCase()}: {ROLE_HELP[role]}
                </option>
              ))}
            </select>
            <FieldError state={createState} name="role" id="new-role-error" />
          </div>
          <div className="field">
            <label htmlFor="new-password">Initial password</label>
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
              At least {passwordMin} characters. Give it to them in person; it is stored only as an argon2id
              hash. Or leave it empty and invite them by email: they choose their own password.
            </p>
            <FieldError state={createState} name="password" id="new-password-error" />
          </div>
          <div className="form-buttons">
            <button type="submit">Create account</button>
            {/* No password needed: they get a one-time link (an hour) to choose their own. */}
            <button type="submit" className="secondary" formAction={invite} formNoValidate>
              Invite by email instead
            </button>
          </div>
        </form>
      </section>
    </>
  );
}
