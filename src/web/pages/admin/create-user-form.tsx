// Adding a user: username, name, role, checkpoints and a first password.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';
import type { Checkpoint, Role, User } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { CheckpointChoice, RoleSelect } from './user-fields';

type Props = {
  readonly checkpoints: readonly Checkpoint[];
  readonly onCreated: (user: User) => void;
  readonly onCancel: () => void;
};

export function CreateUserForm({ checkpoints, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [checkpointIds, setCheckpointIds] = useState<readonly string[]>([]);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [busy, setBusy] = useState(false);
  const firstField = useRef<HTMLInputElement>(null);

  useEffect(() => {
    firstField.current?.focus();
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await api.createUser({
      username: username.trim(),
      displayName: displayName.trim(),
      role,
      checkpointIds,
      password,
    });
    setBusy(false);
    if (result.ok) onCreated(result.value);
    else setProblem(result.error);
  }

  const errors = useFieldErrors(problem);
  return (
    <section className="panel" aria-labelledby="create-user-title" id="create-user">
      <h2 id="create-user-title">{t('users.add.title')}</h2>
      <form className="form form-grid" onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <TextField
          id="new-username"
          label={t('users.field.username')}
          hint={t('users.field.usernameHint')}
          value={username}
          onChange={setUsername}
          autoComplete="off"
          spellCheck={false}
          required
          maxLength={TEXT_LIMITS.username}
          error={errors.username}
          inputRef={firstField}
        />
        <TextField
          id="new-display-name"
          label={t('users.field.displayName')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="off"
          required
          maxLength={TEXT_LIMITS.displayName}
          error={errors.displayName}
        />
        <RoleSelect id="new-role" value={role} onChange={setRole} error={errors.role} />
        <TextField
          id="new-password"
          type="password"
          label={t('users.field.password')}
          hint={t('users.field.passwordHint')}
          value={password}
          onChange={setPassword}
          autoComplete="new-password"
          required
          maxLength={TEXT_LIMITS.password}
          error={errors.password}
        />
        <div className="form-wide">
          <CheckpointChoice
            idPrefix="new"
            checkpoints={checkpoints}
            value={checkpointIds}
            onChange={setCheckpointIds}
            error={errors.checkpointIds}
          />
        </div>
        <div className="form-wide">
          <FormFeedback problem={problem} />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('users.add.submit')}
            </button>
            <button type="button" className="button button-secondary" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      </form>
    </section>
  );
}
