// Changing one user: name, role and checkpoints; disabling or enabling the account; a new password.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UserChanges } from '../../api/endpoints';
import { api } from '../../api/paso';
import type { Checkpoint, User } from '../../api/types';
import { ConfirmQuestion } from '../../components/confirm-question';
import { FormFeedback, MarkedFieldsOr } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { useApiCall } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { useFocusOnOpen } from '../../hooks/use-focus-on-open';
import { useWording, type Wording } from '../../hooks/use-wording';
import { accessOf, NewPasswordField, type UserAccess, UserAccessFields } from './user-fields';

type Props = {
  readonly user: User;
  readonly isSelf: boolean;
  readonly checkpoints: readonly Checkpoint[];
  /** The user as saved, and what to say of it (worded in the language in use when it is shown). */
  readonly onSaved: (user: User, message: Wording) => void;
  readonly onClose: () => void;
  /** Told whether the form holds changes not saved, each time that changes. */
  readonly onUnsaved: (unsaved: boolean) => void;
};

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id) => b.includes(id));

/** Only what differs from the user as loaded, so the audit log records the real change. */
function changesOf(user: User, { displayName, role, checkpointIds }: UserAccess): UserChanges {
  return {
    ...(displayName.trim() === user.displayName ? {} : { displayName: displayName.trim() }),
    ...(role === user.role ? {} : { role }),
    ...(sameIds(checkpointIds, user.checkpointIds) ? {} : { checkpointIds }),
  };
}

export function EditUserPanel({ user, isSelf, checkpoints, onSaved, onClose, onUnsaved }: Props) {
  const { t } = useTranslation();
  const heading = useFocusOnOpen<HTMLHeadingElement>();
  const [access, setAccess] = useState<UserAccess>(() => accessOf(user));
  const unsaved = Object.keys(changesOf(user, access)).length > 0;
  useEffect(() => onUnsaved(unsaved), [unsaved, onUnsaved]);
  const [notice, setNotice] = useWording();
  const { busy, problem, run, clear } = useApiCall();

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = changesOf(user, access);
    clear();
    if (Object.keys(changes).length === 0) {
      setNotice((t) => t('users.edit.nothingChanged'));
      return;
    }
    setNotice(null);
    const result = await run(() => api.updateUser(user.id, changes));
    if (result.ok) {
      const { username } = result.value;
      onSaved(result.value, (t) => t('users.edit.saved', { username }));
    }
  }

  // Deactivating is asked first: pressed by mistake, it would lock an officer out mid-shift. The
  // question stands where the button was; reactivating, which locks nobody out, is one press.
  const [asking, setAsking] = useState(false);
  const accountButton = useRef<HTMLButtonElement>(null);
  // The button comes back when the question goes (cancelled, or answered: it then offers the way
  // back), and focus goes to it rather than to the page's top.
  const [refocus, setRefocus] = useState(false);
  useEffect(() => {
    if (!refocus) return;
    accountButton.current?.focus();
    setRefocus(false);
  }, [refocus]);

  async function toggleDisabled() {
    setNotice(null);
    const result = await run(() => api.updateUser(user.id, { disabled: !user.disabled }));
    if (!result.ok) return;
    const { disabled } = result.value;
    const { username } = user;
    const message: Wording = (t) =>
      disabled ? t('users.edit.disabledDone', { username }) : t('users.edit.enabledDone', { username });
    setAsking(false);
    setRefocus(true);
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
        <UserAccessFields
          idPrefix="edit"
          value={access}
          onChange={setAccess}
          checkpoints={checkpoints}
          errors={errors}
        />
        <div className="form-wide">
          {/* A refusal said beside its field is not said again under the form. */}
          <MarkedFieldsOr marked={Object.keys(errors).length > 0}>
            <FormFeedback problem={problem} success={notice} />
          </MarkedFieldsOr>
          <SubmitRow label={t('users.edit.save')} disabled={busy} />
        </div>
      </form>
      <div className="panel-split">
        <div>
          <h3>{t('users.account.title')}</h3>
          <p>{user.disabled ? t('users.account.isDisabled') : t('users.account.isActive')}</p>
          {isSelf ? <p className="hint">{t('users.account.notSelf')}</p> : null}
          {asking && !user.disabled ? (
            <ConfirmQuestion
              testId="disable-question"
              tone="danger"
              question={t('users.account.disableQuestion', { username: user.username })}
              confirm={t('users.account.disableConfirm', { username: user.username })}
              busy={busy}
              onConfirm={() => void toggleDisabled()}
              onCancel={() => {
                setAsking(false);
                setRefocus(true);
              }}
            />
          ) : (
            <button
              type="button"
              ref={accountButton}
              className={user.disabled ? 'button button-secondary' : 'button button-danger'}
              onClick={() => {
                if (busy) return;
                if (user.disabled) void toggleDisabled();
                else setAsking(true);
              }}
              // Busy, it stays focusable (aria-disabled): the same button then says "Reactivar cuenta",
              // with focus on it. `disabled` would drop focus to the page's top.
              aria-disabled={busy}
              disabled={isSelf && !user.disabled}
            >
              {user.disabled ? t('users.account.enable') : t('users.account.disable')}
            </button>
          )}
        </div>
        <ResetPasswordForm user={user} />
      </div>
    </section>
  );
}

function ResetPasswordForm({ user }: { readonly user: User }) {
  const { t } = useTranslation();
  const [done, setDone] = useWording();
  const { busy, problem, run, clear } = useApiCall();
  const errors = useFieldErrors(problem);
  const { values, field, change } = useDraft('reset', { password: '' }, errors, clear);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    const result = await run(() => api.resetPassword(user.id, values.password));
    if (!result.ok) return;
    change({ password: '' });
    setDone((t) => t('users.password.done', { username: user.username }));
  }

  return (
    <form className="form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
      <h3>{t('users.password.title')}</h3>
      <NewPasswordField {...field('password')} label={t('users.password.new')} />
      <MarkedFieldsOr marked={Object.keys(errors).length > 0}>
        <FormFeedback problem={problem} success={done} />
      </MarkedFieldsOr>
      <button type="submit" className="button button-secondary" disabled={busy}>
        {t('users.password.submit')}
      </button>
    </form>
  );
}
