// The supervisor's incident forms: opening one at a point (a checkpoint's position to start from,
// then its latitude and longitude), and updating one with a note, a status or a severity.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { newId } from '../../../api/ids';
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
import { useApiCall } from '../../hooks/use-api-call';
import { incidentKindName, issuesByField, severityName, statusName } from './labels';

type OpenProps = { readonly picture: Picture; readonly onOpened: (incident: IncidentDetail) => void };

export function OpenIncidentForm({ picture, onOpened }: OpenProps) {
  const { t } = useTranslation();
  const first = picture.checkpoints[0];
  const [id, setId] = useState(() => newId());
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<IncidentKind>('road-blockade');
  const [severity, setSeverity] = useState<Severity>('high');
  const [checkpoint, setCheckpoint] = useState(first?.code ?? '');
  const [latitude, setLatitude] = useState(first ? String(first.latitude) : '');
  const [longitude, setLongitude] = useState(first ? String(first.longitude) : '');
  const [description, setDescription] = useState('');
  const { busy, problem, run } = useApiCall();
  const issues = issuesByField(problem, t);
  const e = picture.extent;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(() =>
      situationApi.openIncident({
        id,
        kind,
        severity,
        title: title.trim(),
        ...(description.trim() === '' ? {} : { description: description.trim() }),
        latitude: Number(latitude.replace(',', '.')),
        longitude: Number(longitude.replace(',', '.')),
        ...(checkpoint === '' ? {} : { checkpoint }),
      }),
    );
    if (!result.ok) return;
    setId(newId());
    setTitle('');
    setDescription('');
    onOpened(result.value);
  }

  return (
    <form className="form incident-form" aria-busy={busy} onSubmit={(ev) => void submit(ev)} noValidate>
      <h2>{t('situation.incidents.openTitle')}</h2>
      <TextField
        id="incident-title"
        label={t('situation.incident.title')}
        value={title}
        onChange={setTitle}
        maxLength={120}
        required
      />
      <div className="form-row">
        <ChoiceField
          id="incident-kind"
          label={t('situation.incident.kind')}
          value={kind}
          choices={INCIDENT_KINDS}
          nameOf={(k) => incidentKindName(k, t)}
          onChange={setKind}
        />
        <SeverityField id="incident-severity" value={severity} onChange={setSeverity} />
      </div>
      <SelectField
        id="incident-checkpoint"
        label={t('situation.incident.near')}
        hint={t('situation.incidents.nearHint')}
        value={checkpoint}
        onChange={(code) => {
          setCheckpoint(code);
          const c = picture.checkpoints.find((x) => x.code === code);
          if (c) {
            setLatitude(String(c.latitude));
            setLongitude(String(c.longitude));
          }
        }}
      >
        <option value="">{t('situation.incidents.noCheckpoint')}</option>
        <Options items={picture.checkpoints} value={(c) => c.code} label={(c) => c.name} />
      </SelectField>
      <div className="form-row">
        <TextField
          id="incident-latitude"
          label={t('situation.incident.latitude')}
          value={latitude}
          onChange={setLatitude}
          error={issues.latitude}
          hint={t('situation.incidents.range', { from: e.south, to: e.north })}
        />
        <TextField
          id="incident-longitude"
          label={t('situation.incident.longitude')}
          value={longitude}
          onChange={setLongitude}
          error={issues.longitude}
          hint={t('situation.incidents.range', { from: e.west, to: e.east })}
        />
      </div>
      <TextAreaField
        id="incident-description"
        label={t('situation.incident.description')}
        rows={3}
        maxLength={1000}
        value={description}
        onChange={setDescription}
      />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('situation.incidents.open')} disabled={busy} />
    </form>
  );
}

type UpdateProps = {
  readonly incident: IncidentDetail;
  readonly onUpdated: (incident: IncidentDetail) => void;
};

export function UpdateIncidentForm({ incident, onUpdated }: UpdateProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState(incident.status);
  const [severity, setSeverity] = useState(incident.severity);
  const [note, setNote] = useState('');
  const { busy, problem, run } = useApiCall();
  const issues = issuesByField(problem, t);
  const prefix = `update-${incident.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await run(() =>
      situationApi.updateIncident(incident.id, {
        id: newId(),
        ...(note.trim() === '' ? {} : { note: note.trim() }),
        ...(status === incident.status ? {} : { status }),
        ...(severity === incident.severity ? {} : { severity }),
      }),
    );
    if (!result.ok) return;
    setNote('');
    onUpdated(result.value);
  }

  const issue = issues.note ?? issues.status;
  return (
    <form className="form incident-form" aria-busy={busy} onSubmit={(ev) => void submit(ev)} noValidate>
      <h3>{t('situation.incidents.updateTitle')}</h3>
      <div className="form-row">
        <ChoiceField
          id={`${prefix}-status`}
          label={t('situation.incident.status')}
          value={status}
          choices={INCIDENT_STATUSES}
          nameOf={(s) => statusName(s, t)}
          onChange={setStatus}
        />
        <SeverityField id={`${prefix}-severity`} value={severity} onChange={setSeverity} />
      </div>
      <TextAreaField
        id={`${prefix}-note`}
        label={t('situation.incident.note')}
        error={issue}
        rows={2}
        maxLength={1000}
        value={note}
        onChange={setNote}
      />
      <FormFeedback problem={problem} />
      <SubmitRow label={t('situation.incidents.save')} disabled={busy} />
    </form>
  );
}

type SeverityProps = {
  readonly id: string;
  readonly value: Severity;
  readonly onChange: (severity: Severity) => void;
};

function SeverityField({ id, value, onChange }: SeverityProps) {
  const { t } = useTranslation();
  return (
    <ChoiceField
      id={id}
      label={t('situation.incident.severity')}
      value={value}
      choices={SEVERITIES}
      nameOf={(s) => severityName(s, t)}
      onChange={onChange}
    />
  );
}
