// What adding and editing a user share: the name, the role and the checkpoints a user works at, as
// one value with its fields, in that order (the add form puts the first password before the
// checkpoints).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { ROLES } from '../../../domain/access';
import type { Checkpoint, Role, User } from '../../api/types';
import type { FieldProps } from '../../components/field-frame';
import { roleName } from '../../components/role-name';
import { ChoiceField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { bindFields } from '../../hooks/use-draft';

/** Who a user is and where they may work: the part of an account both forms edit. */
export type UserAccess = {
  readonly displayName: string;
  readonly role: Role;
  readonly checkpointIds: readonly string[];
};

export const accessOf = (user: User): UserAccess => ({
  displayName: user.displayName,
  role: user.role,
  checkpointIds: user.checkpointIds,
});

type AccessProps = {
  /** 'new' or 'edit': the fields' ids start with it. */
  readonly idPrefix: string;
  readonly value: UserAccess;
  readonly onChange: (value: UserAccess) => void;
  readonly checkpoints: readonly Checkpoint[];
  readonly errors: Readonly<Record<string, string>>;
  /** Fields placed after the role, before the checkpoints. */
  readonly children?: ReactNode;
};

export function UserAccessFields({ idPrefix, value, onChange, checkpoints, errors, children }: AccessProps) {
  const { t } = useTranslation();
  const field = bindFields(idPrefix, value, (key, v) => onChange({ ...value, [key]: v }), errors);
  return (
    <>
      <TextField
        {...field('displayName')}
        label={t('users.field.displayName')}
        autoComplete="off"
        required
        maxLength={TEXT_LIMITS.displayName}
      />
      <ChoiceField
        {...field('role')}
        label={t('users.field.role')}
        choices={ROLES}
        nameOf={(role) => roleName(role, t)}
      />
      {children}
      <div className="form-wide">
        <CheckpointChoice
          idPrefix={idPrefix}
          checkpoints={checkpoints}
          value={value.checkpointIds}
          onChange={(checkpointIds) => onChange({ ...value, checkpointIds })}
          error={errors.checkpointIds}
        />
      </div>
    </>
  );
}

type CheckpointProps = {
  readonly idPrefix: string;
  readonly checkpoints: readonly Checkpoint[];
  readonly value: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
  readonly error?: string | undefined;
};

function CheckpointChoice({ idPrefix, checkpoints, value, onChange, error }: CheckpointProps) {
  const { t } = useTranslation();
  const toggle = (id: string, on: boolean) =>
    onChange(on ? [...value.filter((v) => v !== id), id] : value.filter((v) => v !== id));
  return (
    <fieldset className={error === undefined ? 'field fieldset' : 'field fieldset field-invalid'}>
      <legend>{t('users.field.checkpoints')}</legend>
      <p className="hint">{t('users.field.checkpointsHint')}</p>
      {error === undefined ? null : <p className="field-error">{error}</p>}
      {checkpoints.length === 0 ? <p className="empty">{t('users.noCheckpoints')}</p> : null}
      {checkpoints.map((checkpoint) => {
        const id = `${idPrefix}-checkpoint-${checkpoint.id}`;
        return (
          <div className="check" key={checkpoint.id}>
            <input
              type="checkbox"
              id={id}
              checked={value.includes(checkpoint.id)}
              onChange={(event) => toggle(checkpoint.id, event.target.checked)}
            />
            <label htmlFor={id}>
              {checkpoint.name} <span className="muted">({checkpoint.code})</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

type PasswordProps = Omit<FieldProps, 'hint'>;

/** A new password (the first one, or an admin's reset), with the rule it must follow. */
export function NewPasswordField(field: PasswordProps) {
  const { t } = useTranslation();
  return (
    <TextField
      {...field}
      type="password"
      hint={t('users.field.passwordHint')}
      autoComplete="new-password"
      required
      maxLength={TEXT_LIMITS.password}
    />
  );
}
