// Corridors and convoys: each convoy with its corridor, planned times, status, seats and passengers;
// those who manage transit make corridors and plan convoys here, going on to a new convoy's page to
// build its manifest.
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { can } from '../../../domain/access';
import { type ConvoySummary, transitApi } from '../../api/transit-endpoints';
import { DataTable } from '../../components/data-table';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { PATHS } from '../../routes';
import { useUser } from '../../session/session';
import { ConvoyForm } from './convoy-form';
import { CorridorForm } from './corridor-form';
import { StatusTag, When } from './transit-parts';
import './transit.css';
import { PageFrame } from '../../components/page-frame';
import { useDisclosure } from '../../hooks/use-disclosure';

const loadCorridors = (signal: AbortSignal) => transitApi.corridors({ signal });
const loadConvoys = (signal: AbortSignal) => transitApi.convoys({ signal });

export function TransitPage() {
  const { t } = useTranslation();
  const [corridors, reloadCorridors] = useApiData(loadCorridors);
  const [convoys, reloadConvoys] = useApiData(loadConvoys);
  // The API lets transit.manage make corridors and convoys (supervisors, humanitarian partners);
  // others are not offered it.
  const mayManage = can(useUser().role, 'transit.manage');
  // Each form gives way to the button that opened it, and focus goes back to it when it closes.
  const planning = useDisclosure();
  const making = useDisclosure();
  const navigate = useNavigate();
  return (
    <PageFrame testId="transit-page" className="transit" title={t('transit.title')} lead={t('transit.lead')}>
      <h2>{t('transit.convoys')}</h2>
      {mayManage && !planning.isOpen ? (
        <p className="actions">
          <button
            ref={planning.opener}
            type="button"
            className="button button-primary"
            onClick={planning.open}
          >
            {t('transit.new.open')}
          </button>
        </p>
      ) : null}
      {mayManage && planning.isOpen && corridors.status === 'ok' ? (
        <ConvoyForm
          corridors={corridors.value.corridors}
          onCancel={planning.close}
          onCreated={(made) => void navigate(`${PATHS.transitConvoy}?id=${made.convoy.id}`)}
        />
      ) : null}
      <LoadableView state={convoys} onRetry={reloadConvoys}>
        {({ convoys: list }) =>
          list.length === 0 ? (
            <p className="empty">{t('transit.noConvoys')}</p>
          ) : (
            <ConvoyTable convoys={list} />
          )
        }
      </LoadableView>
      <h2>{t('transit.corridors')}</h2>
      {mayManage && !making.isOpen ? (
        <p className="actions">
          <button ref={making.opener} type="button" className="button" onClick={making.open}>
            {t('transit.newCorridor.open')}
          </button>
        </p>
      ) : null}
      {mayManage && making.isOpen ? (
        <CorridorForm
          onCancel={making.close}
          onCreated={() => {
            making.close();
            reloadCorridors();
          }}
        />
      ) : null}
      <LoadableView state={corridors} onRetry={reloadCorridors}>
        {({ corridors: list }) => (
          <ul className="corridor-list">
            {list.map((c) => (
              <li key={c.id} className="panel">
                <strong>{c.name}</strong> <code>{c.code}</code>
                <ol className="stop-line" aria-label={t('transit.stops')}>
                  {c.stops.map((s) => (
                    <li key={s.code}>{s.name}</li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        )}
      </LoadableView>
    </PageFrame>
  );
}

function ConvoyTable({ convoys }: { readonly convoys: readonly ConvoySummary[] }) {
  const { t } = useTranslation();
  return (
    <DataTable
      testId="convoy-table"
      columns={[
        { label: t('transit.convoy') },
        { label: t('transit.corridor') },
        { label: t('transit.departure') },
        { label: t('transit.statusLabel') },
        { label: t('transit.passengersOfSeats') },
      ]}
    >
      {convoys.map((c) => (
        <tr key={c.id}>
          <td>
            <Link to={`${PATHS.transitConvoy}?id=${c.id}`}>{c.code}</Link>
          </td>
          <td>{c.corridor.name}</td>
          <td>
            <When at={c.plannedDeparture} timeZone={c.departureTimeZone} showZone />
          </td>
          <td>
            <StatusTag status={c.status} />
          </td>
          <td>{t('transit.seatsTaken', { passengers: c.passengers, seats: c.seats })}</td>
        </tr>
      ))}
    </DataTable>
  );
}
