// Settling corrections in conflict over anything but the decision alone (the direction, the person's
// details, a void, a tally's count): the supervisor picks the version that is right, with a reason,
// and it is sent as one more correction through POST /api/events. Made online, it has seen both
// corrections, so it settles the conflict; the counting rules apply it last, so it counts. A version
// that decides a held person (another decision, or a void) needs the reason, as any such decision.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { decidesHold } from '../../../domain/crossings';
import type { CorrectionConflict } from '../../api/conflicts-endpoint';
import type { ApiProblem } from '../../api/problem';
import { FormFeedback } from '../../components/form-feedback';
import { TextAreaField } from '../../components/text-area-field';
import { formatDateTime } from '../../format/format';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { fieldName, settlingChange, type Version, valueText, versionsOf } from './conflict-words';
import { postCorrection } from './post-correction';

type Props = {
  readonly conflict: CorrectionConflict;
  readonly checkpointCode: string;
  readonly timeZone: string;
  /** Whom or what the record is about, for the confirmation. */
  readonly name: string;
  /** The crossing is held now: a version that decides it needs a note. */
  readonly isHeld: boolean;
  readonly onSettled: (message: string) => void;
};

export function SettleForm({ conflict, checkpointCode, timeZone, name, isHeld, onSettled }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const versions = versionsOf(conflict);
  // Held now, and a version would decide it (another decision, or a void): its reason is required.
  const mayDecideHold = isHeld && versions.some((v) => decidesHold(settlingChange(v, '')));
  const [chosen, setChosen] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const [note, setNote] = useState('');
  const [noteMissing, setNoteMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const id = `settle-${conflict.eventId}`;

  const change = (v: Version) =>
    v.void
      ? t('conflicts.voided')
      : Object.entries(v.set)
          .map(([f, value]) => `${fieldName(f, t)}: ${valueText(f, value, t, countryName)}`)
          .join('; ');
  const who = (v: Version) =>
    v.corrections
      .map((c) =>
        t('conflicts.settle.madeBy', {
          booth: c.boothCode ?? '—',
          by: c.recordedBy ?? '—',
          when: formatDateTime(c.at, locale, timeZone),
        }),
      )
      .join(' · ');

  async function settle(e: FormEvent) {
    e.preventDefault();
    const version = versions.find((v) => v.key === chosen);
    setMissing(version === undefined);
    if (version === undefined) {
      document.getElementById(`${id}-0`)?.focus();
      return;
    }
    const body = settlingChange(version, note);
    if (isHeld && decidesHold(body) && note.trim() === '') {
      setNoteMissing(true);
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setBusy(true);
    setProblem(null);
    const refused = await postCorrection(checkpointCode, conflict.eventId, body);
    setBusy(false);
    // Held since the page was read: the server asks the note, said beside it.
    if (refused?.code === 'correction.note-required') {
      setNoteMissing(true);
      document.getElementById(`${id}-note`)?.focus();
      return;
    }
    setProblem(refused);
    if (refused === null) onSettled(t('conflicts.settle.done', { name, change: change(version) }));
  }

  return (
    <form className="form settle-form" aria-busy={busy} onSubmit={(e) => void settle(e)} noValidate>
      <fieldset className="fieldset" aria-describedby={missing ? `${id}-missing` : undefined}>
        <legend>{t('conflicts.settle.legend')}</legend>
        {versions.map((v, i) => (
          <label className="check settle-option" key={v.key} data-testid="settle-version">
            <input
              id={`${id}-${i}`}
              type="radio"
              name={id}
              value={v.key}
              checked={chosen === v.key}
              aria-invalid={missing || undefined}
              onChange={() => {
                setChosen(v.key);
                setMissing(false);
              }}
            />
            <span>
              <strong>{change(v)}</strong>
              <span className="settle-who">{who(v)}</span>
            </span>
          </label>
        ))}
        {missing ? (
          <p className="field-error" id={`${id}-missing`} role="alert">
            {t('conflicts.settle.missing')}
          </p>
        ) : null}
      </fieldset>
      <TextAreaField
        id={`${id}-note`}
        label={mayDecideHold || noteMissing ? t('conflicts.settle.noteHeld') : t('conflicts.settle.note')}
        error={noteMissing ? t('heldDecision.noteMissing') : undefined}
        value={note}
        onChange={(text) => {
          setNote(text);
          if (text.trim() !== '') setNoteMissing(false);
        }}
        rows={2}
        maxLength={TEXT_LIMITS.note}
      />
      <FormFeedback problem={problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('conflicts.settle.submit')}
        </button>
      </div>
    </form>
  );
}
