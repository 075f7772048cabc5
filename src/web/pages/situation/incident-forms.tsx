// The supervisor's incident forms: opening one at a point (a checkpoint's position to start from,
// then its latitude and longitude) and when it began (on that checkpoint's clock), and updating one
// with a note, a status or a severity. Beside the description and the note, a box shares the text
// with humanitarian partners: off until ticked.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  type IncidentKind,
  SEVERITIES,
  type Severity,
} from '../../../domain/situation';
import { type IncidentDetail, type Picture, situationApi } from '../../api/situation-endpoints';
import { FormFeedback } from '../../components/form-feedback';
import { Options } from '../../components/options';
import { ChoiceField, SelectField } from '../../components/select-field';
import { SubmitRow } from '../../components/submit-row';
import { TextAreaField } from '../../components/text-area-field';
import { TextField } from '../../components/text-field';
import { formatCoordinate } from '../../format/format';
import { useZoneName } from '../../format/time-zone-names';
import { instantOfZonedInput, zonedInputOf } from '../../format/zoned-input';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { type Binding, useDraft } from '../../hooks/use-draft';
import { useFocusOnOpen } from '../../hooks/use-focus-on-open';
import { useLocale } from '../../hooks/use-locale';
import { type Clock, type OpeningDraft, openingOf } from './incident-opening';
import { incidentKindName, issuesByField, severityName, statusName } from './labels';
import { ObservedAtFields } from './observed-at-fields';
import { ShareField } from './text-audience';

// What a new incident is until the supervisor says otherwise.
const FIRST_KIND: IncidentKind = 'road-blockade';
const FIRST_SEVERITY: Severity = 'high';

type OpenProps = {
  readonly picture: Picture;
  readonly onOpened: (incident: IncidentDetail) => void;
  /** Puts the form away unsent (before, nothing but opening an incident closed it). */
  readonly onCancel: () => void;
};

// The device's clock, for an incident at no checkpoint (its times are then shown on the reader's).
const deviceZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';

export function OpenIncidentForm({ picture, onOpened, onCancel }: OpenProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const zoneName = useZoneName();
  const first = picture.checkpoints[0];
  // Opened by its button, which gives way to it: focus lands in its first field.
  const firstField = useFocusOnOpen<HTMLInputElement>();
  const { busy, problem, write } = useIdempotentWrite();
  // What is wrong with the form as typed, found before sending it.
  const [checked, setChecked] = useState<Readonly<Record<string, string>>>({});
  // Until a beginning is typed, the time offered is now on the clock of the checkpoint chosen.
  const [timeTyped, setTimeTyped] = useState(false);
  const { values, field, change } = useDraft<OpeningDraft>(
    'incident',
    () => ({
      title: '',
      kind: FIRST_KIND,
      severity: FIRST_SEVERITY,
      checkpoint: first?.code ?? '',
      latitude: first ? String(first.latitude) : '',
      longitude: first ? String(first.longitude) : '',
      occurredAt: zonedInputOf(new Date(), first?.timeZone ?? deviceZone()),
      repeat: '',
      description: '',
      descriptionShared: false,
    }),
    { ...issuesByField(problem, t), ...checked },
  );
  const e = picture.extent;
  const clockOf = (code: string): Clock => {
    const c = picture.checkpoints.find((x) => x.code === code);
    return c
      ? { name: c.name, timeZone: c.timeZone }
      : { name: zoneName(deviceZone()), timeZone: deviceZone() };
  };
  const clock = clockOf(values.checkpoint);
  const atCheckpoint = picture.checkpoints.some((c) => c.code === values.checkpoint);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const opening = openingOf(values, { extent: e, clock, timeTyped, locale, t });
    setChecked(opening.ok ? {} : opening.faults);
    if (!opening.ok) return;
    const result = await write((id) => situationApi.openIncident({ id, ...opening.body }));
    if (!result.ok) return;
    change({ title: '', description: '', descriptionShared: false });
    onOpened(result.value);
  }

  return (
    <form className="form incident-form" aria-busy={busy} onSubmit={(ev) => void submit(ev)} noValidate>
      <h2>{t('situation.incidents.openTitle')}</h2>
      <TextField
        {...field('title')}
        inputRef={firstField}
        label={t('situation.incident.title')}
        hint={t('situation.incidents.titleHint')}
        maxLength={120}
        required
      />
      <div className="form-row">
        <ChoiceField
          {...field('kind')}
          label={t('situation.incident.kind')}
          choices={INCIDENT_KINDS}
          nameOf={(k) => incidentKindName(k, t)}
        />
        <SeverityField {...field('severity')} />
      </div>
      <SelectField
        {...field('checkpoint')}
        label={t('situation.incident.near')}
        hint={t('situation.incidents.nearHint')}
        onChange={(code) => {
          const c = picture.checkpoints.find((x) => x.code === code);
          change({
            checkpoint: code,
            ...(c ? { latitude: String(c.latitude), longitude: String(c.longitude) } : {}),
            repeat: '',
            ...(timeTyped ? {} : { occurredAt: zonedInputOf(new Date(), clockOf(code).timeZone) }),
          });
        }}
      >
        <option value="">{t('situation.incidents.noCheckpoint')}</option>
        <Options items={picture.checkpoints} value={(c) => c.code} label={(c) => c.name} />
      </SelectField>
      <div className="form-row">
        <TextField
          {...field('latitude')}
          label={t('situation.incident.latitude')}
          hint={t('situation.incidents.range', {
            from: formatCoordinate(e.south, locale),
            to: formatCoordinate(e.north, locale),
          })}
        />
        <TextField
          {...field('longitude')}
          label={t('situation.incident.longitude')}
          hint={t('situation.incidents.range', {
            from: formatCoordinate(e.west, locale),
            to: formatCoordinate(e.east, locale),
          })}
        />
      </div>
      <ObservedAtFields
        name={clock.name}
        label={
          atCheckpoint
            ? t('situation.incidents.beganOn', { name: clock.name })
            : t('situation.incidents.beganOnDevice', { zone: clock.name })
        }
        timeZone={clock.timeZone}
        read={instantOfZonedInput(values.occurredAt, clock.timeZone)}
        time={{
          ...field('occurredAt'),
          onChange: (typed) => {
            setTimeTyped(true);
            change({ occurredAt: typed, repeat: '' });
            setChecked(({ occurredAt: _time, repeat: _which, ...others }) => others);
          },
        }}
        repeat={{
          ...field('repeat'),
          onChange: (which) => {
            // Which of the two was said: the time is the reader's, sent as chosen.
            setTimeTyped(true);
            change({ repeat: which });
            setChecked(({ repeat: _which, ...others }) => others);
          },
        }}
      />
      <TextAreaField
        {...field('description')}
        label={t('situation.incident.description')}
        rows={3}
        maxLength={1000}
      />
      <ShareField {...field('descriptionShared')} />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('situation.incidents.open')} disabled={busy} onCancel={onCancel} />
    </form>
  );
}

type UpdateProps = {
  readonly incident: IncidentDetail;
  readonly onUpdated: (incident: IncidentDetail) => void;
  /**
   * Made anew for the incident as the last update left it: focus goes to its button, where it was
   * when the update was sent (it fell to the page's top with the form it was in).
   */
  readonly takeFocus: boolean;
};

export function UpdateIncidentForm({ incident, onUpdated, takeFocus }: UpdateProps) {
  const { t } = useTranslation();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (takeFocus) form.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }, [takeFocus]);
  // The entry's id is kept until the server answers: pressing again after a lost answer sends the
  // same entry, which the log records once.
  const { busy, problem, write } = useIdempotentWrite();
  const issues = issuesByField(problem, t);
  const { values, field, change } = useDraft(`update-${incident.id}`, {
    status: incident.status,
    severity: incident.severity,
    note: '',
    noteShared: false,
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const { status, severity, note, noteShared } = values;
    const result = await write((id) =>
      situationApi.updateIncident(incident.id, {
        id,
        ...(note.trim() === '' ? {} : { note: note.trim(), noteShared }),
        ...(status === incident.status ? {} : { status }),
        ...(severity === incident.severity ? {} : { severity }),
      }),
    );
    if (!result.ok) return;
    change({ note: '', noteShared: false });
    onUpdated(result.value);
  }

  return (
    <form
      ref={form}
      className="form incident-form"
      aria-busy={busy}
      onSubmit={(ev) => void submit(ev)}
      noValidate
    >
      <h3>{t('situation.incidents.updateTitle')}</h3>
      <div className="form-row">
        <ChoiceField
          {...field('status')}
          label={t('situation.incident.status')}
          choices={INCIDENT_STATUSES}
          nameOf={(s) => statusName(s, t)}
        />
        <SeverityField {...field('severity')} />
      </div>
      <TextAreaField
        {...field('note')}
        label={t('situation.incident.note')}
        error={issues.note ?? issues.status}
        rows={2}
        maxLength={1000}
      />
      <ShareField {...field('noteShared')} />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('situation.incidents.save')} disabled={busy} />
    </form>
  );
}

function SeverityField(field: Binding<Severity>) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      {...field}
      label={t('situation.incident.severity')}
      choices={SEVERITIES}
      nameOf={(s) => severityName(s, t)}
    />
  );
}
