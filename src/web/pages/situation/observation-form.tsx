// Entering an observation of the line at one of the user's checkpoints: which queue (to enter or to
// leave), when it was looked at (now by default), and whichever figures were counted.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../api/ids';
import { OBSERVATION_KINDS, type ObservationKind, SIDES, type Side } from '../../../domain/situation';
import { type Observation, situationApi } from '../../api/situation-endpoints';
import type { Checkpoint } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { CheckpointField } from '../../components/place-fields';
import { ChoiceField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { dateTimeInputOf } from '../../format/format';
import { useApiCall } from '../../hooks/use-api-call';
import { figureName, issuesByField, sideName } from './labels';

type Props = { readonly checkpoints: readonly Checkpoint[]; readonly onRecorded: (o: Observation) => void };

const EMPTY: Readonly<Record<ObservationKind, string>> = {
  peopleWaiting: '',
  vehiclesQueued: '',
  trucksQueued: '',
  queueKm: '',
  waitMinutes: '',
};

export function ObservationForm({ checkpoints, onRecorded }: Props) {
  const { t } = useTranslation();
  const [id, setId] = useState(() => newId());
  const [checkpoint, setCheckpoint] = useState(checkpoints[0]?.code ?? '');
  const [side, setSide] = useState<Side>('entry');
  const [observedAt, setObservedAt] = useState(() => dateTimeInputOf(new Date()));
  const [figures, setFigures] = useState(EMPTY);
  const [note, setNote] = useState('');
  const { busy, problem, run } = useApiCall();
  const issues = issuesByField(problem, t);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const values = Object.fromEntries(
      OBSERVATION_KINDS.filter((k) => figures[k].trim() !== '').map((k) => [
        k,
        Number(figures[k].replace(',', '.')),
      ]),
    );
    const when = new Date(observedAt);
    const result = await run(() =>
      situationApi.observe({
        id,
        checkpoint,
        side,
        observedAt: Number.isNaN(when.getTime()) ? observedAt : when.toISOString(),
        ...values,
        ...(note.trim() === '' ? {} : { note: note.trim() }),
      }),
    );
    if (!result.ok) return;
    setId(newId());
    setFigures(EMPTY);
    setNote('');
    setObservedAt(dateTimeInputOf(new Date()));
    onRecorded(result.value);
  }

  return (
    <form className="form observation-form" aria-busy={busy} onSubmit={(ev) => void submit(ev)} noValidate>
      <h2>{t('situation.queues.formTitle')}</h2>
      <div className="form-row">
        <CheckpointField
          id="observation-checkpoint"
          label={t('situation.queues.checkpoint')}
          checkpoints={checkpoints}
          by="code"
          value={checkpoint}
          onChange={setCheckpoint}
        />
        <ChoiceField
          id="observation-side"
          label={t('situation.queues.side')}
          hint={t('situation.queues.sideHint')}
          value={side}
          choices={SIDES}
          nameOf={(s) => sideName(s, t)}
          onChange={setSide}
        />
        <TextField
          id="observation-at"
          type="datetime-local"
          label={t('situation.queues.observedAt')}
          value={observedAt}
          onChange={setObservedAt}
          error={issues.observedAt}
        />
      </div>
      <div className="form-row figures-row">
        {OBSERVATION_KINDS.map((k) => (
          <TextField
            key={k}
            id={`observation-${k}`}
            label={figureName(k, t)}
            value={figures[k]}
            onChange={(v) => setFigures((f) => ({ ...f, [k]: v }))}
            error={issues[k]}
          />
        ))}
      </div>
      {issues.values ? <p className="notice notice-error">{issues.values}</p> : null}
      <TextField
        id="observation-note"
        label={t('situation.queues.note')}
        value={note}
        onChange={setNote}
        maxLength={500}
      />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('situation.queues.record')} disabled={busy || checkpoint === ''} />
    </form>
  );
}
