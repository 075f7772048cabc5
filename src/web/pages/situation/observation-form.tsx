// Entering an observation of the line at one of the user's checkpoints: which queue (to enter or to
// leave), when it was looked at (now by default), and whichever figures were counted.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OBSERVATION_KINDS, type ObservationKind, SIDES, type Side } from '../../../domain/situation';
import type { ApiProblem } from '../../api/problem';
import { type Observation, situationApi } from '../../api/situation-endpoints';
import type { Checkpoint } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { figureName, issuesByField, sideName } from './labels';

type Props = { readonly checkpoints: readonly Checkpoint[]; readonly onRecorded: (o: Observation) => void };

const EMPTY: Readonly<Record<ObservationKind, string>> = {
  peopleWaiting: '',
  vehiclesQueued: '',
  trucksQueued: '',
  queueKm: '',
  waitMinutes: '',
};

/** The local time of a Date as a datetime-local input writes it. */
const localInput = (d: Date): string =>
  new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

export function ObservationForm({ checkpoints, onRecorded }: Props) {
  const { t } = useTranslation();
  const [id, setId] = useState(() => crypto.randomUUID());
  const [checkpoint, setCheckpoint] = useState(checkpoints[0]?.code ?? '');
  const [side, setSide] = useState<Side>('entry');
  const [observedAt, setObservedAt] = useState(() => localInput(new Date()));
  const [figures, setFigures] = useState(EMPTY);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
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
    setBusy(true);
    setProblem(null);
    const result = await situationApi.observe({
      id,
      checkpoint,
      side,
      observedAt: Number.isNaN(when.getTime()) ? observedAt : when.toISOString(),
      ...values,
      ...(note.trim() === '' ? {} : { note: note.trim() }),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setId(crypto.randomUUID());
    setFigures(EMPTY);
    setNote('');
    setObservedAt(localInput(new Date()));
    onRecorded(result.value);
  }

  return (
    <form className="form observation-form" aria-busy={busy} onSubmit={(ev) => void submit(ev)} noValidate>
      <h2>{t('situation.queues.formTitle')}</h2>
      <div className="form-row">
        <SelectField
          id="observation-checkpoint"
          label={t('situation.queues.checkpoint')}
          value={checkpoint}
          onChange={setCheckpoint}
        >
          {checkpoints.map((c) => (
            <option key={c.code} value={c.code}>
              {c.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="observation-side"
          label={t('situation.queues.side')}
          hint={t('situation.queues.sideHint')}
          value={side}
          onChange={(v) => setSide(SIDES.find((s) => s === v) ?? 'entry')}
        >
          {SIDES.map((s) => (
            <option key={s} value={s}>
              {sideName(s, t)}
            </option>
          ))}
        </SelectField>
        <div className={issues.observedAt ? 'field field-invalid' : 'field'}>
          <label htmlFor="observation-at">{t('situation.queues.observedAt')}</label>
          {issues.observedAt ? <p className="field-error">{issues.observedAt}</p> : null}
          <input
            id="observation-at"
            type="datetime-local"
            value={observedAt}
            onChange={(ev) => setObservedAt(ev.target.value)}
          />
        </div>
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
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy || checkpoint === ''}>
          {t('situation.queues.record')}
        </button>
      </div>
    </form>
  );
}
