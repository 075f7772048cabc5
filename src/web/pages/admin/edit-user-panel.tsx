// Changing one user: name, role and checkpoints; disabling or enabling the account; a new password.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import type { UserChanges } from '../../api/endpoints';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';
import type { Checkpoint, Role, User } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { CheckpointChoice, RoleSelect } from './user-fields';

type Props = {
  readonly user: User;
  readonly isSelf: boolean;
  readonly checkpoints: readonly Checkpoint[];
  readonly onSaved: (user: User, message: string) => void;
  readonly onClose: () => void;
};

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Only what differs from the user as loaded, so the audit log records the real change. */
function changesOf(
  user: User,
  displayName: string,
  role: Role,
  checkpointIds: readonly string[],
): UserChanges {
  return {
    ...(displayName.trim() === user.displayName ? {} : { displayName: displayName.trim() }),
    ...(role === user.role ? {} : { role }),
    ...(sameIds(checkpointIds, user.checkpointIds) ? {} : { checkpointIds }),
  };
}

export function EditUserPanel({ user, isSelf, checkpoints, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [checkpointIds, setCheckpointIds] = useState<readonly string[]>(user.checkpointIds);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    heading.current?.focus();
  }, []);

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = changesOf(user, displayName, role, checkpointIds);
    setProblem(null);
    if (Object.keys(changes).length === 0) {
      setNotice(t('users.edit.nothingChanged'));
      return;
    }
    setNotice(null);
    setBusy(true);
    const result = await api.updateUser(user.id, changes);
    setBusy(false);
    if (result.ok) onSaved(result.value, t('users.edit.saved', { username: result.value.username }));
    else setProblem(result.error);
  }

  async function toggleDisabled() {
    setProblem(null);
    setNotice(null);
    setBusy(true);
    const result = await api.updateUser(user.id, { disabled: !user.disabled });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    const message = result.value.disabled
      ? t('users.edit.disabledDone', { username: user.username })
      : t('users.edit.enabledDone', { username: user.username });
    onSaved(result.value, message);
  }

  const errors = useFieldErrors(problem);
  return (
    <section className="panel" aria-labelledby="edit-user-title" data-testid="edit-user">
      <div className="section-header">
        <h2 id="edit-user-title" tabIndex={-1} ref={heading}>
          {t('users.edit.title', { username: user.username })}
        </h2>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <form className="form form-grid" onSubmit={(event) => void save(event)} aria-busy={busy}>
        <TextField
          id="edit-display-name"
          label={t('users.field.displayName')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="off"
          required
          maxLength={TEXT_LIMITS.displayName}
          error={errors.displayName}
        />
        <RoleSelect id="edit-role" value={role} onChange={setRole} error={errors.role} />
        <div className="form-wide">
          <CheckpointChoice
            idPrefix="edit"
            checkpoints={checkpoints}
            value={checkpointIds}
            onChange={setCheckpointIds}
            error={errors.checkpointIds}
          />
        </div>
        <div className="form-wide">
          <FormFeedback problem={problem} success={notice} />
          <div className="actions">
            <button type="submit" className="button button-primary" disabled={busy}>
              {t('users.edit.save')}
            </button>
          </div>
        </div>
      </form>
      <div className="panel-split">
        <div>
          <h3>{t('users.account.title')}</h3>
          <p>{user.disabled ? t('users.account.isDisabled') : t('users.account.isActive')}</p>
          {isSelf ? <p className="hint">{t('users.account.notSelf')}</p> : null}
          <button
            type="button"
            className={user.disabled ? 'button button-secondary' : 'button button-danger'}
            onClick={() => void toggleDisabled()}
            disabled={busy || (isSelf && !user.disabled)}
          >
            {user.disabled ? t('users.account.enable') : t('users.account.disable')}
          </button>
        </div>
        <ResetPasswordForm user={user} />
      </div>
    </section>
  );
}

function ResetPasswordForm({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setProblem(null);
    setDone(null);
    setBusy(true);
    const result = await api.resetPassword(user.id, password);
    setBusy(false);
    if (result.ok) {
      setPassword('');
      setDone(t('users.password.done', { username: user.username }));
    } else {
      setProblem(result.error);
    }
  }

  const errors = useFieldErrors(problem);
  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <h3>{t('users.password.title')}</h3>
      <TextField
        id="reset-password"
        type="password"
        label={t('users.password.new')}
        hint={t('users.field.passwordHint')}
        value={password}
        onChange={setPassword}
        autoComplete="new-password"
        required
        maxLength={TEXT_LIMITS.password}
        error={errors.password}
      />
      <FormFeedback problem={problem} success={done} />
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t('users.password.submit')}
      </button>
    </form>
  );
}
