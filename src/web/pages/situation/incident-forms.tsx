// The supervisor's incident forms: opening one at a point (a checkpoint's position to start from,
// then its latitude and longitude), and updating one with a note, a status or a severity.
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  INCIDENT_KINDS,
  INCIDENT_STATUSES,
  type IncidentKind,
  SEVERITIES,
  type Severity,
} from '../../../domain/situation';
import type { ApiProblem } from '../../api/problem';
import { type IncidentDetail, type Picture, situationApi } from '../../api/situation-endpoints';
import { FormFeedback } from '../../components/form-feedback';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { incidentKindName, issuesByField, severityName, statusName } from './labels';

type OpenProps = { readonly picture: Picture; readonly onOpened: (incident: IncidentDetail) => void };

export function OpenIncidentForm({ picture, onOpened }: OpenProps) {
  const { t } = useTranslation();
  const first = picture.checkpoints[0];
  const [id, setId] = useState(() => crypto.randomUUID());
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<IncidentKind>('road-blockade');
  const [severity, setSeverity] = useState<Severity>('high');
  const [checkpoint, setCheckpoint] = useState(first?.code ?? '');
  const [latitude, setLatitude] = useState(first ? String(first.latitude) : '');
  const [longitude, setLongitude] = useState(first ? String(first.longitude) : '');
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const issues = issuesByField(problem, t);
  const e = picture.extent;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await situationApi.openIncident({
      id,
      kind,
      severity,
      title: title.trim(),
      ...(description.trim() === '' ? {} : { description: description.trim() }),
      latitude: Number(latitude.replace(',', '.')),
      longitude: Number(longitude.replace(',', '.')),
      ...(checkpoint === '' ? {} : { checkpoint }),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setId(crypto.randomUUID());
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
        <SelectField
          id="incident-kind"
          label={t('situation.incident.kind')}
          value={kind}
          onChange={(v) => setKind(INCIDENT_KINDS.find((k) => k === v) ?? 'other')}
        >
          {INCIDENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {incidentKindName(k, t)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="incident-severity"
          label={t('situation.incident.severity')}
          value={severity}
          onChange={(v) => setSeverity(SEVERITIES.find((s) => s === v) ?? 'medium')}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityName(s, t)}
            </option>
          ))}
        </SelectField>
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
        {picture.checkpoints.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
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
      <div className="field">
        <label htmlFor="incident-description">{t('situation.incident.description')}</label>
        <textarea
          id="incident-description"
          rows={3}
          maxLength={1000}
          value={description}
          onChange={(ev) => setDescription(ev.target.value)}
        />
      </div>
      <FormFeedback problem={problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('situation.incidents.open')}
        </button>
      </div>
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
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const issues = issuesByField(problem, t);
  const prefix = `update-${incident.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    const result = await situationApi.updateIncident(incident.id, {
      id: crypto.randomUUID(),
      ...(note.trim() === '' ? {} : { note: note.trim() }),
      ...(status === incident.status ? {} : { status }),
      ...(severity === incident.severity ? {} : { severity }),
    });
    setBusy(false);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setNote('');
    onUpdated(result.value);
  }

  const issue = issues.note ?? issues.status;
  return (
    <form className="form incident-form" aria-busy={busy} onSubmit={(ev) => void submit(ev)} noValidate>
      <h3>{t('situation.incidents.updateTitle')}</h3>
      <div className="form-row">
        <SelectField
          id={`${prefix}-status`}
          label={t('situation.incident.status')}
          value={status}
          onChange={(v) => setStatus(INCIDENT_STATUSES.find((s) => s === v) ?? status)}
        >
          {INCIDENT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusName(s, t)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id={`${prefix}-severity`}
          label={t('situation.incident.severity')}
          value={severity}
          onChange={(v) => setSeverity(SEVERITIES.find((s) => s === v) ?? severity)}
        >
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {severityName(s, t)}
            </option>
          ))}
        </SelectField>
      </div>
      <div className={issue ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${prefix}-note`}>{t('situation.incident.note')}</label>
        {issue ? <p className="field-error">{issue}</p> : null}
        <textarea
          id={`${prefix}-note`}
          rows={2}
          maxLength={1000}
          value={note}
          onChange={(ev) => setNote(ev.target.value)}
        />
      </div>
      <FormFeedback problem={problem} />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('situation.incidents.save')}
        </button>
      </div>
    </form>
  );
}
