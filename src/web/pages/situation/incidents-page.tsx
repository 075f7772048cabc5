// Incidents: the list (open, closed or all), one incident with its log of updates, and for
// supervisors the forms to open, update and close them. The chosen incident is in the address (?id=).
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../domain/access';
import {
  type Incident,
  type IncidentDetail,
  type IncidentFilter,
  situationApi,
} from '../../api/situation-endpoints';
import { LoadableView } from '../../components/loadable-view';
import { formatDateTime } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useDisclosure } from '../../hooks/use-disclosure';
import { useLocale } from '../../hooks/use-locale';
import { useUser } from '../../session/session';
import { QueueToolbar } from '../review/review-parts';
import { OpenIncidentForm, UpdateIncidentForm } from './incident-forms';
import { IncidentLog } from './incident-log';
import { incidentKindName, severityName, statusName } from './labels';
import './situation.css';
import { PageFrame } from '../../components/page-frame';
import { useWording } from '../../hooks/use-wording';

const FILTERS: readonly IncidentFilter[] = ['open', 'closed', 'all'];

export function IncidentsPage() {
  const { t } = useTranslation();
  const role = useUser().role;
  const mayManage = can(role, 'incidents.manage');
  // Reads every incident text, each tagged with whether partners read it too.
  const staff = can(role, 'situation.recorders');
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f === params.get('status')) ?? 'open';
  const selected = params.get('id');
  const load = useCallback((signal: AbortSignal) => situationApi.incidents(filter, { signal }), [filter]);
  const [incidents, reload] = useApiData(load);
  const loadPicture = useCallback((signal: AbortSignal) => situationApi.picture({ signal }), []);
  const [picture] = useApiData(loadPicture);
  const [notice, setNotice] = useWording();
  // The form gives way to its button, and focus goes back to the button once it closes.
  const opening = useDisclosure();

  // The incident last chosen in the list (not the one the address opened on): its panel takes focus.
  const [chosen, setChosen] = useState<string | null>(null);
  const choose = (id: string | null) => {
    setChosen(id);
    const next: Record<string, string> = {};
    if (filter !== 'open') next.status = filter;
    if (id !== null) next.id = id;
    setParams(next);
  };

  return (
    <PageFrame
      testId="incidents-page"
      className="incidents"
      title={t('situation.incidents.title')}
      lead={t('situation.incidents.lead')}
    >
      <QueueToolbar
        id="incident-filter"
        value={filter}
        options={FILTERS.map((f) => ({ value: f, label: filterName(f, t) }))}
        onChange={(f) => setParams(f === 'open' ? {} : { status: f })}
        onRefresh={reload}
        notice={notice}
      />
      {mayManage && !opening.isOpen ? (
        <button ref={opening.opener} type="button" className="button button-primary" onClick={opening.open}>
          {t('situation.incidents.openButton')}
        </button>
      ) : null}
      {mayManage && opening.isOpen && picture.status === 'ok' ? (
        <OpenIncidentForm
          picture={picture.value}
          onCancel={opening.close}
          onOpened={(incident) => {
            opening.close();
            setNotice((t) => t('situation.incidents.opened', { title: incident.title }));
            reload();
            choose(incident.id);
          }}
        />
      ) : null}
      <div className="incidents-layout">
        <LoadableView state={incidents} onRetry={reload}>
          {(list) =>
            list.length === 0 ? (
              <p className="empty">
                {filter === 'closed'
                  ? t('situation.incidents.emptyClosed')
                  : t('situation.incidents.emptyOpen')}
              </p>
            ) : (
              <ol className="incident-list" aria-label={t('situation.incidents.listLabel')}>
                {list.map((incident) => (
                  <IncidentItem
                    key={incident.id}
                    incident={incident}
                    selected={incident.id === selected}
                    onChoose={() => choose(incident.id)}
                  />
                ))}
              </ol>
            )
          }
        </LoadableView>
        {selected === null ? null : (
          <IncidentPanel
            key={selected}
            id={selected}
            mayManage={mayManage}
            staff={staff}
            chosen={chosen === selected}
            onUpdated={(incident) => {
              setNotice((t) => t('situation.incidents.updated', { title: incident.title }));
              reload();
            }}
          />
        )}
      </div>
    </PageFrame>
  );
}

function filterName(filter: IncidentFilter, t: ReturnType<typeof useTranslation>['t']): string {
  if (filter === 'open') return t('situation.incidents.filterOpen');
  if (filter === 'closed') return t('situation.incidents.filterClosed');
  return t('situation.incidents.filterAll');
}

type ItemProps = { readonly incident: Incident; readonly selected: boolean; readonly onChoose: () => void };

function IncidentItem({ incident, selected, onChoose }: ItemProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <li
      className={selected ? 'incident-item selected' : 'incident-item'}
      data-testid="incident"
      data-incident={incident.id}
    >
      <button
        type="button"
        className="incident-choose"
        aria-current={selected ? 'true' : undefined}
        onClick={onChoose}
      >
        <span className={`tag severity-${incident.severity}`}>{severityName(incident.severity, t)}</span>
        <strong>{incident.title}</strong>
        <small>
          {incidentKindName(incident.kind, t)} · {statusName(incident.status, t)} ·{' '}
          {/* On one line: it broke inside its offset ("GMT-" over "3") on a phone. */}
          <span className="nowrap">
            {formatDateTime(incident.occurredAt, locale, incident.checkpoint?.timeZone, 'minute')}
          </span>
        </small>
      </button>
    </li>
  );
}

type PanelProps = {
  readonly id: string;
  readonly mayManage: boolean;
  readonly staff: boolean;
  /** Chosen in the list now, rather than named by the address the page opened on. */
  readonly chosen: boolean;
  readonly onUpdated: (i: IncidentDetail) => void;
};

function IncidentPanel({ id, mayManage, staff, chosen, onUpdated }: PanelProps) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => situationApi.incident(id, { signal }), [id]);
  const [detail, reload] = useApiData(load);
  // Whether an update was sent from here: the form made anew after it takes the focus back.
  const [updated, setUpdated] = useState(false);
  const panel = useRef<HTMLElement>(null);
  const loaded = detail.status === 'ok';
  // An incident chosen in the list: its heading takes the focus, so that it is read out and, on a
  // phone, where the panel stands below the list, shown (before, nothing seemed to happen).
  useEffect(() => {
    if (chosen && loaded) panel.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [chosen, loaded]);
  return (
    <section
      ref={panel}
      className="panel incident-detail"
      aria-label={t('situation.incidents.detail')}
      data-testid="incident-detail"
    >
      <LoadableView state={detail} onRetry={reload}>
        {(incident) => (
          <>
            <IncidentLog incident={incident} staff={staff} />
            {mayManage ? (
              <UpdateIncidentForm
                key={incident.updatedAt}
                incident={incident}
                takeFocus={updated}
                onUpdated={(next) => {
                  setUpdated(true);
                  reload();
                  onUpdated(next);
                }}
              />
            ) : null}
          </>
        )}
      </LoadableView>
    </section>
  );
}
