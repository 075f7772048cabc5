// Entering an observation of the line at one of the user's checkpoints: which queue (to enter or to
// leave), when it was looked at (now by default), and whichever figures were counted.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { numberFromTyped } from '../../../domain/shared';
import { OBSERVATION_KINDS, type ObservationKind, SIDES, type Side } from '../../../domain/situation';
import { type Observation, situationApi } from '../../api/situation-endpoints';
import type { Checkpoint } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { CheckpointField } from '../../components/place-fields';
import { ChoiceField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { TextField } from '../../components/text-field';
import { dateTimeInputOf, formatNumber } from '../../format/format';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { useLocale } from '../../hooks/use-locale';
import { figureName, issuesByField, sideName } from './labels';

type Props = { readonly checkpoints: readonly Checkpoint[]; readonly onRecorded: (o: Observation) => void };

const EMPTY: Readonly<Record<ObservationKind, string>> = {
  peopleWaiting: '',
  vehiclesQueued: '',
  trucksQueued: '',
  queueKm: '',
  waitMinutes: '',
};

const FIRST_SIDE: Side = 'entry';

export function ObservationForm({ checkpoints, onRecorded }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { busy, problem, write } = useIdempotentWrite();
  // Figures that are not numbers at all are said at their field and never sent.
  const [unread, setUnread] = useState<Readonly<Record<string, string>>>({});
  const issues = { ...issuesByField(problem, t), ...unread };
  const { values, field, change } = useDraft(
    'observation',
    () => ({
      checkpoint: checkpoints[0]?.code ?? '',
      side: FIRST_SIDE,
      observedAt: dateTimeInputOf(new Date()),
      note: '',
      ...EMPTY,
    }),
    issues,
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { checkpoint, side, observedAt, note } = values;
    const typed = OBSERVATION_KINDS.filter((k) => values[k].trim() !== '').map(
      (k) => [k, numberFromTyped(values[k], k === 'queueKm')] as const,
    );
    const notNumbers = typed.filter(([, n]) => n === undefined).map(([k]) => k);
    setUnread(
      Object.fromEntries(
        notNumbers.map((k) => [k, t('situation.issue.notANumber', { grouped: formatNumber(1200, locale) })]),
      ),
    );
    if (notNumbers.length > 0) return;
    const figures = Object.fromEntries(typed);
    const when = new Date(observedAt);
    const result = await write((id) =>
      situationApi.observe({
        id,
        checkpoint,
        side,
        observedAt: Number.isNaN(when.getTime()) ? observedAt : when.toISOString(),
        ...figures,
        ...(note.trim() === '' ? {} : { note: note.trim() }),
      }),
    );
    if (!result.ok) return;
    change({ ...EMPTY, note: '', observedAt: dateTimeInputOf(new Date()) });
    onRecorded(result.value);
  }

  return (
    <form className="form observation-form" aria-busy={busy} onSubmit={(ev) => void submit(ev)} noValidate>
      <h2>{t('situation.queues.formTitle')}</h2>
      <div className="form-row">
        <CheckpointField
          {...field('checkpoint')}
          label={t('situation.queues.checkpoint')}
          checkpoints={checkpoints}
          by="code"
        />
        <ChoiceField
          {...field('side')}
          label={t('situation.queues.side')}
          hint={t('situation.queues.sideHint')}
          choices={SIDES}
          nameOf={(s) => sideName(s, t)}
        />
        <TextField {...field('observedAt')} type="datetime-local" label={t('situation.queues.observedAt')} />
      </div>
      <div className="form-row figures-row">
        {OBSERVATION_KINDS.map((k) => (
          <TextField key={k} {...field(k)} label={figureName(k, t)} />
        ))}
      </div>
      {issues.values ? <p className="notice notice-error">{issues.values}</p> : null}
      <TextField {...field('note')} label={t('situation.queues.note')} maxLength={500} />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('situation.queues.record')} disabled={busy || values.checkpoint === ''} />
    </form>
  );
}
