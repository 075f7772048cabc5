// A checkpoint's booths: each with its code and name, whether it is in use, renaming it and retiring
// it (a retired booth keeps its history and is no longer offered to officers), and opening a new one.
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { type Booth, checkpointsApi } from '../../api/checkpoints-endpoints';
import type { Checkpoint } from '../../api/types';
import { CodeField } from '../../components/code-field';
import { FormFeedback, MarkedFieldsOr } from '../../components/form-feedback';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { useApiCall, useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import type { Wording } from '../../hooks/use-wording';
import {
  type BoothDraft,
  checkBooth,
  type FieldErrors,
  newBoothBody,
  refusedBoothFields,
} from './checkpoint-draft';

type Props = {
  readonly checkpoint: Checkpoint;
  /** Said once a booth is opened, renamed, retired or back in use; the page reloads the checkpoints. */
  readonly onChanged: (message: Wording) => void;
};

export function CheckpointBooths({ checkpoint, onChanged }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <h3 className="subheading">{t('checkpoints.booths.title')}</h3>
      {checkpoint.booths.length === 0 ? <p className="empty">{t('checkpoint.noBooths')}</p> : null}
      <ul className="admin-booths" data-testid={`booths-${checkpoint.code}`}>
        {checkpoint.booths.map((booth) => (
          <BoothRow key={booth.id} checkpoint={checkpoint} booth={booth} onChanged={onChanged} />
        ))}
      </ul>
      <AddBoothForm checkpoint={checkpoint} onChanged={onChanged} />
    </>
  );
}

function BoothRow({ checkpoint, booth, onChanged }: Props & { readonly booth: Booth }) {
  const { t } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(booth.name);
  const [empty, setEmpty] = useState(false);
  const { busy, problem, run } = useApiCall();
  const renameButton = useRef<HTMLButtonElement>(null);
  const change = async (body: { name?: string; retired?: boolean }, message: Wording) => {
    const result = await run(() => checkpointsApi.changeBooth(checkpoint.code, booth.code, body));
    if (!result.ok) return;
    // A name saved closes its form, and the focus in it: it goes back to the button that opened it.
    if (body.name !== undefined) renameButton.current?.focus();
    setRenaming(false);
    onChanged(message);
  };
  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setEmpty(name.trim() === '');
    if (name.trim() !== '')
      void change({ name: name.trim() }, (t) => t('checkpoints.booths.renamed', { code: booth.code }));
  };
  const id = `booth-${checkpoint.code}-${booth.code}`;
  return (
    <li className={booth.retired ? 'admin-booth admin-booth-retired' : 'admin-booth'} data-testid={id}>
      <div className="admin-booth-head">
        <span className="booth-code">{booth.code}</span> <span>{booth.name}</span>{' '}
        {booth.retired ? (
          <span className="tag tag-muted">{t('checkpoints.booths.retired')}</span>
        ) : (
          <span className="tag tag-ok">{t('checkpoints.booths.inUse')}</span>
        )}
      </div>
      <div className="actions">
        <button
          type="button"
          ref={renameButton}
          className="button button-small"
          aria-expanded={renaming}
          aria-label={t('checkpoints.booths.renameOf', { code: booth.code })}
          onClick={() => setRenaming(!renaming)}
        >
          {t('checkpoints.booths.rename')}
        </button>
        <button
          type="button"
          className="button button-small"
          // Busy, it stays focusable: the same button then offers the way back, with focus on it.
          aria-disabled={busy}
          aria-label={
            booth.retired
              ? t('checkpoints.booths.reinstateOf', { code: booth.code })
              : t('checkpoints.booths.retireOf', { code: booth.code })
          }
          onClick={() =>
            busy ||
            void change(
              { retired: !booth.retired },
              booth.retired
                ? (t) => t('checkpoints.booths.reinstated', { code: booth.code })
                : (t) => t('checkpoints.booths.retiredDone', { code: booth.code }),
            )
          }
        >
          {booth.retired ? t('checkpoints.booths.reinstate') : t('checkpoints.booths.retire')}
        </button>
      </div>
      {renaming ? (
        <form className="form" onSubmit={rename} aria-busy={busy} noValidate>
          <TextField
            id={`${id}-name`}
            label={t('checkpoints.field.boothName')}
            value={name}
            onChange={setName}
            error={empty ? t('checkpoints.error.name') : undefined}
            maxLength={TEXT_LIMITS.placeName}
            required
          />
          <SubmitRow label={t('checkpoints.booths.saveName')} disabled={busy} />
        </form>
      ) : null}
      <FormFeedback problem={problem} />
    </li>
  );
}

function AddBoothForm({ checkpoint, onChanged }: Props) {
  const { t } = useTranslation();
  const call = useIdempotentWrite();
  const [checked, setChecked] = useState<FieldErrors<keyof BoothDraft>>({});
  const errors = { ...refusedBoothFields(call.problem, t), ...checked };
  const prefix = `new-booth-${checkpoint.code}`;
  // A refusal is of what was sent: once the administrator types again, it no longer stands.
  const { values, field, change } = useDraft<BoothDraft>(prefix, { code: '', name: '' }, errors, call.clear);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const faults = checkBooth(values, t);
    setChecked(faults);
    if (Object.keys(faults).length > 0) return;
    const result = await call.write((id) =>
      checkpointsApi.addBooth(checkpoint.code, newBoothBody(id, values)),
    );
    if (!result.ok) return;
    change({ code: '', name: '' });
    const { code } = result.value;
    onChanged((t) => t('checkpoints.booths.added', { code, checkpoint: checkpoint.code }));
  }

  return (
    <form
      className="form form-grid add-booth"
      onSubmit={(e) => void submit(e)}
      aria-busy={call.busy}
      aria-label={t('checkpoints.booths.addTo', { code: checkpoint.code })}
      data-testid={`add-booth-${checkpoint.code}`}
      noValidate
    >
      <CodeField
        {...field('code')}
        label={t('checkpoints.field.boothCode')}
        hint={t('checkpoints.field.boothCodeHint')}
        autoCapitalize="characters"
      />
      <TextField
        {...field('name')}
        label={t('checkpoints.field.boothName')}
        maxLength={TEXT_LIMITS.placeName}
        required
      />
      <div className="form-wide">
        {/* A fault said beside its field is not said again under the form. */}
        <MarkedFieldsOr marked={Object.keys(errors).length > 0}>
          <FormFeedback problem={call.problem} />
        </MarkedFieldsOr>
        <SubmitRow label={t('checkpoints.booths.add')} disabled={call.busy} />
      </div>
    </form>
  );
}
