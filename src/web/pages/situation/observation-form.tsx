// Entering an observation of the line at one of the user's checkpoints: which queue (to enter or to
// leave), when it was looked at (now by default, on the checkpoint's clock: an officer in Lima types
// what the clocks at Chacalluta read), and whichever figures were counted.
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
import { formatNumber } from '../../format/format';
import { instantOfZonedInput, zonedInputOf } from '../../format/zoned-input';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useDraft } from '../../hooks/use-draft';
import { useLocale } from '../../hooks/use-locale';
import { figureName, issuesByField, sideName } from './labels';
import { ObservedAtFields, type Repeat, typedInstant } from './observed-at-fields';

type Props = { readonly checkpoints: readonly Checkpoint[]; readonly onRecorded: (o: Observation) => void };

const EMPTY: Readonly<Record<ObservationKind, string>> = {
  peopleWaiting: '',
  vehiclesQueued: '',
  trucksQueued: '',
  queueKm: '',
  waitMinutes: '',
};

const FIRST_SIDE: Side = 'entry';

// A checkpoint's clock; UTC's for one not in the list (none is chosen while the list is empty).
const zoneOf = (checkpoints: readonly Checkpoint[], code: string): string =>
  checkpoints.find((c) => c.code === code)?.timeZone ?? 'UTC';

export function ObservationForm({ checkpoints, onRecorded }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { busy, problem, write } = useIdempotentWrite();
  // Figures that are not numbers at all, and a time the checkpoint's clocks skipped or read twice,
  // are said at their field and never sent.
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({});
  // Until a time is typed, the time offered is now on the chosen checkpoint's clock.
  const [timeTyped, setTimeTyped] = useState(false);
  const issues = { ...issuesByField(problem, t), ...checked };
  const { values, field, change } = useDraft(
    'observation',
    () => {
      const checkpoint = checkpoints[0]?.code ?? '';
      return {
        checkpoint,
        side: FIRST_SIDE,
        observedAt: zonedInputOf(new Date(), zoneOf(checkpoints, checkpoint)),
        repeat: '' as Repeat | '',
        note: '',
        ...EMPTY,
      };
    },
    issues,
  );
  const chosen = checkpoints.find((c) => c.code === values.checkpoint);
  const zone = zoneOf(checkpoints, values.checkpoint);
  const read = instantOfZonedInput(values.observedAt, zone);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { checkpoint, side, observedAt, repeat, note } = values;
    const typed = OBSERVATION_KINDS.filter((k) => values[k].trim() !== '').map(
      (k) => [k, numberFromTyped(values[k], k === 'queueKm')] as const,
    );
    const notNumbers = typed.filter(([, n]) => n === undefined).map(([k]) => k);
    // Said with the other faults at once, as the server would say it after them.
    const negatives = typed.filter(([, n]) => n !== undefined && n < 0).map(([k]) => k);
    // The length of the line takes decimals (6,5 km), so its comma is a decimal comma, not a
    // thousands separator as in the counts: each is told its own way.
    const faults: Record<string, string> = Object.fromEntries([
      ...negatives.map((k) => [k, t('situation.issue.negative')]),
      ...notNumbers.map((k) => [
        k,
        k === 'queueKm'
          ? t('situation.issue.notADecimal', { comma: '6,5', point: '6.5' })
          : t('situation.issue.notANumber', { grouped: formatNumber(1200, locale) }),
      ]),
    ]);
    const name = chosen?.name ?? checkpoint;
    const time = typedInstant(read, observedAt, repeat);
    if (!time.ok && time.fault === 'skipped') faults.observedAt = t('situation.queues.timeSkipped', { name });
    if (!time.ok && time.fault === 'repeat') faults.repeat = t('situation.queues.repeatMissing');
    setChecked(faults);
    if (!time.ok || Object.keys(faults).length > 0) return;
    const figures = Object.fromEntries(typed);
    const result = await write((id) =>
      situationApi.observe({
        id,
        checkpoint,
        side,
        observedAt: time.instant,
        ...figures,
        ...(note.trim() === '' ? {} : { note: note.trim() }),
      }),
    );
    if (!result.ok) return;
    change({ ...EMPTY, note: '', repeat: '', observedAt: zonedInputOf(new Date(), zone) });
    setTimeTyped(false);
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
          onChange={(code) =>
            change({
              checkpoint: code,
              repeat: '',
              ...(timeTyped ? {} : { observedAt: zonedInputOf(new Date(), zoneOf(checkpoints, code)) }),
            })
          }
        />
        <ChoiceField
          {...field('side')}
          label={t('situation.queues.side')}
          hint={t('situation.queues.sideHint')}
          choices={SIDES}
          nameOf={(s) => sideName(s, t)}
        />
      </div>
      <ObservedAtFields
        name={chosen?.name ?? values.checkpoint}
        timeZone={zone}
        read={read}
        time={{
          ...field('observedAt'),
          onChange: (typed) => {
            setTimeTyped(true);
            change({ observedAt: typed, repeat: '' });
            setChecked(({ observedAt: _time, repeat: _which, ...others }) => others);
          },
        }}
        repeat={{
          ...field('repeat'),
          onChange: (which) => {
            change({ repeat: which });
            setChecked(({ repeat: _which, ...others }) => others);
          },
        }}
      />
      <div className="form-row figures-row">
        {OBSERVATION_KINDS.map((k) => (
          <TextField key={k} {...field(k)} label={figureName(k, t)} />
        ))}
      </div>
      {issues.values ? <p className="notice notice-error">{issues.values}</p> : null}
      <TextField
        {...field('note')}
        label={t('situation.queues.note')}
        hint={t('situation.queues.noteHint')}
        maxLength={500}
      />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('situation.queues.record')} disabled={busy || values.checkpoint === ''} />
    </form>
  );
}
