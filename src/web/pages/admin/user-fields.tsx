// Form parts shared by adding and editing a user: the role choice and the checkpoint choice.
import { useTranslation } from 'react-i18next';
import { ROLES } from '../../../domain/access';
import type { Checkpoint, Role } from '../../api/types';
import { roleName } from '../../components/role-name';

type RoleProps = {
  readonly id: string;
  readonly value: Role;
  readonly onChange: (role: Role) => void;
  readonly error?: string | undefined;
};

export function RoleSelect({ id, value, onChange, error }: RoleProps) {
  const { t } = useTranslation();
  const errorId = `${id}-error`;
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>{t('users.field.role')}</label>
      {error === undefined ? null : (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => {
          const role = ROLES.find((r) => r === event.target.value);
          if (role !== undefined) onChange(role);
        }}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {roleName(role, t)}
          </option>
        ))}
      </select>
    </div>
  );
}

type CheckpointProps = {
  readonly idPrefix: string;
  readonly checkpoints: readonly Checkpoint[];
  readonly value: readonly string[];
  readonly onChange: (ids: readonly string[]) => void;
  readonly error?: string | undefined;
};

export function CheckpointChoice({ idPrefix, checkpoints, value, onChange, error }: CheckpointProps) {
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
