// Adding a user: username, name, role, checkpoints and a first password.
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { api } from '../../api/paso';
import type { Checkpoint, User } from '../../api/types';
import { FormFeedback, MarkedFieldsOr } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { useApiCall } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { useFocusOnOpen } from '../../hooks/use-focus-on-open';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { newUserFaults } from './new-user-check';
import { NewPasswordField, type UserAccess, UserAccessFields } from './user-fields';

type Props = {
  readonly checkpoints: readonly Checkpoint[];
  readonly onCreated: (user: User) => void;
  readonly onCancel: () => void;
  /** Told whether anything was typed or chosen, each time that changes. */
  readonly onUnsaved: (unsaved: boolean) => void;
};

const NO_ACCESS: UserAccess = { displayName: '', role: 'officer', checkpointIds: [] };

export function CreateUserForm({ checkpoints, onCreated, onCancel, onUnsaved }: Props) {
  const { t } = useTranslation();
  const [access, setAccess] = useState<UserAccess>(NO_ACCESS);
  const { busy, problem, run, clear } = useApiCall();
  const answered = useFieldErrors(problem);
  const { values, field } = useDraft('new', { username: '', password: '' }, answered, clear);
  // Every blank field is marked at once, beside it and in the reader's language.
  const required = useRequiredFields({
    username: values.username,
    displayName: access.displayName,
    password: values.password,
  });
  // The rules the server applies, checked here too once a send was tried: all faults at once, and
  // each mark goes as soon as its field is right.
  const [tried, setTried] = useState(false);
  const faultsNow = newUserFaults({ ...values, ...access }, t);
  const faults = tried ? faultsNow : {};
  const errors = { ...answered, ...faults, ...required.errors };
  const firstField = useFocusOnOpen<HTMLInputElement>();
  const unsaved =
    values.username !== '' || values.password !== '' || JSON.stringify(access) !== JSON.stringify(NO_ACCESS);
  useEffect(() => onUnsaved(unsaved), [unsaved, onUnsaved]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setTried(true);
    const complete = required.isComplete();
    if (!complete || Object.keys(faultsNow).length > 0) return;
    const result = await run(() =>
      api.createUser({
        username: values.username.trim(),
        displayName: access.displayName.trim(),
        role: access.role,
        checkpointIds: access.checkpointIds,
        password: values.password,
      }),
    );
    if (result.ok) onCreated(result.value);
  }

  return (
    <section className="panel" aria-labelledby="create-user-title" id="create-user">
      <h2 id="create-user-title">{t('users.add.title')}</h2>
      <form className="form form-grid" onSubmit={(event) => void submit(event)} aria-busy={busy} noValidate>
        <TextField
          {...field('username')}
          error={errors.username}
          label={t('users.field.username')}
          hint={t('users.field.usernameHint')}
          autoComplete="off"
          spellCheck={false}
          required
          maxLength={TEXT_LIMITS.username}
          inputRef={firstField}
        />
        <UserAccessFields
          idPrefix="new"
          value={access}
          onChange={setAccess}
          checkpoints={checkpoints}
          errors={errors}
        >
          <NewPasswordField
            {...field('password')}
            error={errors.password}
            label={t('users.field.password')}
          />
        </UserAccessFields>
        <div className="form-wide">
          {required.isMissing ? (
            <p className="notice notice-error" role="alert" data-testid="user-missing">
              {t('form.missing')}
            </p>
          ) : null}
          <MarkedFieldsOr marked={!required.isMissing && Object.keys(faults).length > 0}>
            <FormFeedback problem={problem} />
          </MarkedFieldsOr>
          <SubmitRow label={t('users.add.submit')} disabled={busy} onCancel={onCancel} />
        </div>
      </form>
    </section>
  );
}
