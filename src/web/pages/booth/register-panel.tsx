// Registering the person at the booth: filled from the zone when one was read, or typed by hand for
// people without documents. The answer is only "may go on" or "hold for the supervisor" — never why —
// and the earlier registrations that might be the same person, on the checkpoint's clock.
import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VULNERABILITIES } from '../../../api/people';
import { ID_TYPES, type MrzFields } from '../../../domain/documents';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';
import type { Candidate, Checkpoint, Registered } from '../../api/types';
import { FormFeedback } from '../../components/form-feedback';
import { TextField } from '../../components/text-field';
import { useFieldErrors } from '../../hooks/use-field-errors';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from './days';
import { directionName, documentTypeName, vulnerabilityName } from './messages';
import {
  dayAndTime,
  EMPTY_FORM,
  formFromZone,
  type Intention,
  type RegistrationForm,
  toRegistration,
  ZONE_DOCUMENT_TYPES,
} from './registration';

/** A zone the scan panel read well enough to have fields. */
export type ZoneRead = { readonly fields: MrzFields; readonly zone: string };

type Props = {
  readonly checkpoint: Checkpoint | null;
  readonly checkpoints: readonly Checkpoint[];
  readonly direction: Intention;
  readonly zone: ZoneRead | null;
};

const INTENTIONS: readonly Intention[] = ['entry', 'exit', 'transit'];
const DOCUMENT_TYPES: readonly string[] = [...ZONE_DOCUMENT_TYPES, ...ID_TYPES];

export function RegisterPanel({ checkpoint, checkpoints, direction, zone }: Props) {
  const { t } = useTranslation();
  const [form, setForm] = useState<RegistrationForm>(EMPTY_FORM);
  // Made when the registration starts and kept through failed sends, so a retry is applied once. The
  // time is taken at the first send and kept too: the server takes a resend only with the same time.
  const [id, setId] = useState(() => crypto.randomUUID());
  const [at, setAt] = useState<Date | null>(null);
  const [boothId, setBoothId] = useState('');
  const [intention, setIntention] = useState<Intention>(direction);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [result, setResult] = useState<Registered | null>(null);
  const title = useRef<HTMLHeadingElement>(null);
  const firstField = useRef<HTMLInputElement>(null);

  const startNew = (next: RegistrationForm) => {
    setForm(next);
    setResult(null);
    setProblem(null);
    setId(crypto.randomUUID());
    setAt(null);
  };

  // A new zone is a new document, so a new person: the form follows what was read.
  const zoneText = zone?.zone ?? null;
  const zoneFields = zone?.fields ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a different zone refills the form.
  useEffect(() => {
    if (zoneText === null || zoneFields === null) return;
    startNew(formFromZone(zoneFields, zoneText));
  }, [zoneText]);

  useEffect(() => setIntention(direction), [direction]);
  const checkpointId = checkpoint?.id ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: a booth belongs to one checkpoint.
  useEffect(() => setBoothId(''), [checkpointId]);

  const set =
    <K extends keyof RegistrationForm>(key: K) =>
    (value: RegistrationForm[K]) =>
      setForm((f) => ({ ...f, [key]: value }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (checkpoint === null || busy) return;
    setBusy(true);
    setProblem(null);
    const firstSent = at ?? new Date();
    setAt(firstSent);
    const sent = await api.register(
      toRegistration(form, { id, checkpointId: checkpoint.id, boothId, at: firstSent, intention }),
    );
    setBusy(false);
    if (sent.ok) setResult(sent.value);
    else setProblem(sent.error);
  }

  const errors = useFieldErrors(problem);
  const isDone = result !== null;
  const hasDocument = form.documentType !== '';
  return (
    <section className="panel booth-register" aria-labelledby="register-title" data-testid="register-panel">
      <h2 id="register-title" ref={title} tabIndex={-1}>
        {t('booth.register.title')}
      </h2>
      <p className="hint">{zone === null ? t('booth.register.byHand') : t('booth.register.fromZone')}</p>
      <form className="form register-form" onSubmit={(event) => void submit(event)} aria-busy={busy}>
        <fieldset className="register-fieldset" disabled={isDone}>
          <legend>{t('booth.register.person')}</legend>
          <div className="form-grid">
            <TextField
              id="reg-given-names"
              label={t('booth.register.givenNames')}
              value={form.givenNames}
              onChange={set('givenNames')}
              autoComplete="off"
              spellCheck={false}
              error={errors.givenNames}
              inputRef={firstField}
            />
            <TextField
              id="reg-surname1"
              label={t('booth.register.surname1')}
              value={form.surname1}
              onChange={set('surname1')}
              autoComplete="off"
              spellCheck={false}
              required
              error={errors.surname1}
            />
            <TextField
              id="reg-surname2"
              label={t('booth.register.surname2')}
              value={form.surname2}
              onChange={set('surname2')}
              autoComplete="off"
              spellCheck={false}
              error={errors.surname2}
            />
            <Select
              id="reg-sex"
              label={t('booth.register.sex')}
              value={form.sex}
              error={errors.sex}
              onChange={(value) => {
                if (value === '' || value === 'M' || value === 'F' || value === 'X') set('sex')(value);
              }}
            >
              <option value="">{t('booth.fields.sexUnspecified')}</option>
              <option value="F">{t('booth.fields.sexF')}</option>
              <option value="M">{t('booth.fields.sexM')}</option>
              <option value="X">{t('booth.fields.sexX')}</option>
            </Select>
            <TextField
              id="reg-birth-date"
              label={t('booth.register.birthDate')}
              hint={t('booth.register.partialDateHint')}
              value={form.birthDate}
              onChange={set('birthDate')}
              autoComplete="off"
              spellCheck={false}
              error={errors.birthDate}
            />
            <TextField
              id="reg-nationality"
              label={t('booth.register.nationality')}
              hint={t('booth.register.countryHint')}
              value={form.nationality}
              onChange={set('nationality')}
              autoComplete="off"
              spellCheck={false}
              error={errors.nationality}
            />
          </div>
        </fieldset>

        <fieldset className="register-fieldset" disabled={isDone}>
          <legend>{t('booth.register.document')}</legend>
          <div className="form-grid">
            <Select
              id="reg-document-type"
              label={t('booth.register.documentType')}
              value={form.documentType}
              error={errors.type}
              onChange={set('documentType')}
            >
              <option value="">{t('booth.register.docType.none')}</option>
              {DOCUMENT_TYPES.map((type) => (
                <option key={type} value={type}>
                  {documentTypeName(type, t)}
                </option>
              ))}
            </Select>
            {hasDocument ? (
              <>
                <TextField
                  id="reg-document-number"
                  label={t('booth.register.documentNumber')}
                  value={form.documentNumber}
                  onChange={set('documentNumber')}
                  autoComplete="off"
                  spellCheck={false}
                  required
                  error={errors.number}
                />
                <TextField
                  id="reg-issuing-state"
                  label={t('booth.register.issuingState')}
                  hint={t('booth.register.countryHint')}
                  value={form.issuingState}
                  onChange={set('issuingState')}
                  autoComplete="off"
                  spellCheck={false}
                  error={errors.issuingState}
                />
                <TextField
                  id="reg-expiry-date"
                  label={t('booth.register.expiryDate')}
                  hint={t('booth.register.partialDateHint')}
                  value={form.expiryDate}
                  onChange={set('expiryDate')}
                  autoComplete="off"
                  spellCheck={false}
                  error={errors.expiryDate}
                />
              </>
            ) : (
              <p className="hint register-no-document">{t('booth.register.noDocumentHint')}</p>
            )}
          </div>
          {hasDocument && form.mrz !== '' ? (
            <div className="field">
              <label htmlFor="reg-mrz">{t('booth.register.zone')}</label>
              <textarea
                id="reg-mrz"
                className="mrz-input register-zone"
                value={form.mrz}
                onChange={(event) => set('mrz')(event.target.value)}
                rows={form.mrz.split('\n').length}
                spellCheck={false}
                autoComplete="off"
              />
            </div>
          ) : null}
        </fieldset>

        <fieldset className="register-fieldset" disabled={isDone}>
          <legend>{t('booth.register.crossing')}</legend>
          <div className="form-grid">
            {/* Chosen at the top of the page, for the scan and the registration alike. */}
            <div className="field register-checkpoint">
              <span className="register-label">{t('booth.checkpoint')}</span>
              <span className="register-value">{checkpoint?.name ?? t('booth.noCheckpoints')}</span>
            </div>
            <Select
              id="reg-booth"
              label={t('booth.register.booth')}
              value={boothId}
              error={errors.boothId}
              onChange={setBoothId}
            >
              <option value="">{t('booth.register.noBooth')}</option>
              {(checkpoint?.booths ?? []).map((b) => (
                <option key={b.id} value={b.id}>
                  {b.code}
                </option>
              ))}
            </Select>
            <Select
              id="reg-intention"
              label={t('booth.register.intention')}
              value={intention}
              error={errors.intention}
              onChange={(value) => {
                const chosen = INTENTIONS.find((i) => i === value);
                if (chosen !== undefined) setIntention(chosen);
              }}
            >
              {INTENTIONS.map((i) => (
                <option key={i} value={i}>
                  {directionName(i, t)}
                </option>
              ))}
            </Select>
          </div>
          <div className="check register-consent">
            <input
              type="checkbox"
              id="reg-consent"
              checked={form.consent}
              onChange={(event) => set('consent')(event.target.checked)}
              aria-describedby="reg-consent-hint"
            />
            <label htmlFor="reg-consent">{t('booth.register.consent')}</label>
          </div>
          <p className="hint" id="reg-consent-hint">
            {t('booth.register.consentHint')}
          </p>
          <fieldset className="fieldset register-vulnerabilities">
            <legend>{t('booth.register.vulnerabilities')}</legend>
            <div className="check-columns">
              {VULNERABILITIES.map((v) => (
                <div className="check" key={v}>
                  <input
                    type="checkbox"
                    id={`reg-vulnerability-${v}`}
                    checked={form.vulnerabilities.includes(v)}
                    onChange={(event) =>
                      set('vulnerabilities')(
                        event.target.checked
                          ? [...form.vulnerabilities.filter((x) => x !== v), v]
                          : form.vulnerabilities.filter((x) => x !== v),
                      )
                    }
                  />
                  <label htmlFor={`reg-vulnerability-${v}`}>{vulnerabilityName(v, t)}</label>
                </div>
              ))}
            </div>
          </fieldset>
        </fieldset>

        <FormFeedback problem={problem} />
        <div role="status" aria-live="polite" aria-atomic="true" data-testid="registration-result">
          {result === null ? null : (
            <RegistrationResult result={result} checkpoint={checkpoint} checkpoints={checkpoints} />
          )}
        </div>
        <div className="actions">
          {isDone ? (
            <button
              type="button"
              className="button button-primary"
              onClick={() => {
                startNew(EMPTY_FORM);
                firstField.current?.focus();
              }}
            >
              {t('booth.register.another')}
            </button>
          ) : (
            <button type="submit" className="button button-primary" disabled={busy || checkpoint === null}>
              {busy ? t('booth.register.sending') : t('booth.register.submit')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}

type SelectProps = {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly error?: string | undefined;
  readonly children: ReactNode;
};

function Select({ id, label, value, onChange, error, children }: SelectProps) {
  const errorId = `${id}-error`;
  return (
    <div className={error === undefined ? 'field' : 'field field-invalid'}>
      <label htmlFor={id}>{label}</label>
      {error === undefined ? null : (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      <select
        id={id}
        name={id}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error === undefined ? undefined : true}
        aria-describedby={error === undefined ? undefined : errorId}
      >
        {children}
      </select>
    </div>
  );
}

function RegistrationResult({
  result,
  checkpoint,
  checkpoints,
}: {
  readonly result: Registered;
  readonly checkpoint: Checkpoint | null;
  readonly checkpoints: readonly Checkpoint[];
}) {
  const { t } = useTranslation();
  return (
    <div className="registration-result">
      {result.status === 'clear' ? (
        <p
          className="notice notice-ok registration-status"
          data-testid="registration-status"
          data-status="clear"
        >
          <strong>{t('booth.register.clear')}</strong>
        </p>
      ) : (
        <div
          className="notice notice-warning registration-status"
          data-testid="registration-status"
          data-status="hold"
        >
          <p>
            <strong>{t('booth.register.hold')}</strong>
          </p>
          <p>{t('booth.register.holdHint')}</p>
        </div>
      )}
      {result.candidates.length === 0 ? null : (
        <>
          <h3>{t('booth.register.candidatesTitle')}</h3>
          <ul className="candidate-list" data-testid="candidates">
            {result.candidates.map((c) => (
              <CandidateItem
                key={c.registrationId}
                candidate={c}
                timeZone={
                  checkpoints.find((k) => k.name === c.checkpointName)?.timeZone ??
                  checkpoint?.timeZone ??
                  'UTC'
                }
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function CandidateItem({
  candidate: c,
  timeZone,
}: {
  readonly candidate: Candidate;
  readonly timeZone: string;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { day, time } = dayAndTime(c.at, locale, timeZone);
  const name = [c.givenNames, c.surname1, c.surname2 ?? ''].filter(Boolean).join(' ');
  return (
    <li data-person={c.personId}>
      <p>
        {c.boothCode === null
          ? t('booth.register.candidate', { day, time, place: c.checkpointName })
          : t('booth.register.candidateAtBooth', { day, time, place: c.checkpointName, booth: c.boothCode })}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('booth.register.nameAsWritten')}</dt>
          <dd>{name}</dd>
        </div>
        <div>
          <dt>{t('booth.register.birthDate')}</dt>
          <dd>{c.birthDate === null ? t('booth.fields.unknownDate') : formatDay(c.birthDate, locale)}</dd>
        </div>
      </dl>
    </li>
  );
}
