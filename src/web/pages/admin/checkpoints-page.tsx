// Setting up the crossing: every checkpoint with its place, zone and booths; administrators make and
// change checkpoints, and they and supervisors open, rename and retire booths.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/access';
import { api } from '../../api/paso';
import type { Checkpoint } from '../../api/types';
import { Fact } from '../../components/fact';
import { LoadableView } from '../../components/loadable-view';
import { PageFrame } from '../../components/page-frame';
import { PageStatus } from '../../components/page-status';
import { formatCoordinate, formatNumber } from '../../format/format';
import { useZoneName } from '../../format/time-zone-names';
import { useApiData } from '../../hooks/use-api-data';
import { loadCheckpoints } from '../../hooks/use-checkpoints';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { useWording, type Wording } from '../../hooks/use-wording';
import { useUser } from '../../session/session';
import { CheckpointBooths } from './checkpoint-booths';
import { CheckpointForm } from './checkpoint-form';
import './checkpoints.css';

type Panel =
  | { readonly kind: 'none' }
  | { readonly kind: 'add' }
  | { readonly kind: 'edit'; readonly code: string };

const loadCountries = (signal: AbortSignal) => api.listCountries({ signal });
const editButtonId = (code: string) => `admin-checkpoint-${code}-edit`;

export function CheckpointsPage() {
  const { t } = useTranslation();
  const mayManage = can(useUser().role, 'checkpoints.manage');
  const [checkpoints, reload] = useApiData(loadCheckpoints);
  const [countries] = useApiData(loadCountries);
  const [panel, setPanel] = useState<Panel>({ kind: 'none' });
  const [status, setStatus] = useWording();
  const countryList = countries.status === 'ok' ? countries.value : [];

  const saved = (checkpoint: Checkpoint, message: Wording) => {
    setPanel({ kind: 'none' });
    setStatus(message);
    reload();
    // The checkpoint's own section takes the focus, so that its booths come next.
    requestAnimationFrame(() => document.getElementById(`admin-checkpoint-${checkpoint.code}`)?.focus());
  };

  return (
    <PageFrame testId="admin-checkpoints" title={t('checkpoints.title')} lead={t('checkpoints.lead')}>
      {mayManage ? (
        <div className="actions">
          <button
            type="button"
            className="button button-primary"
            aria-expanded={panel.kind === 'add'}
            onClick={() => {
              setStatus(null);
              setPanel(panel.kind === 'add' ? { kind: 'none' } : { kind: 'add' });
            }}
          >
            {t('checkpoints.add')}
          </button>
        </div>
      ) : null}
      <PageStatus notice={status} />
      {panel.kind === 'add' ? (
        <CheckpointForm
          countries={countryList}
          onSaved={(c) => saved(c, (t) => t('checkpoints.created', { code: c.code }))}
          onCancel={() => setPanel({ kind: 'none' })}
        />
      ) : null}
      <LoadableView state={checkpoints} onRetry={reload}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty">{t('checkpoints.empty')}</p>
          ) : (
            list.map((checkpoint) =>
              panel.kind === 'edit' && panel.code === checkpoint.code ? (
                <CheckpointForm
                  key={checkpoint.id}
                  checkpoint={checkpoint}
                  countries={countryList}
                  onSaved={(c) => saved(c, (t) => t('checkpoints.saved', { code: c.code }))}
                  onCancel={() => {
                    setPanel({ kind: 'none' });
                    // The button that opened the form is drawn anew in the form's place: focus goes
                    // back to it rather than to the top of the page.
                    requestAnimationFrame(() =>
                      document.getElementById(editButtonId(checkpoint.code))?.focus(),
                    );
                  }}
                />
              ) : (
                <CheckpointSection
                  key={checkpoint.id}
                  checkpoint={checkpoint}
                  mayManage={mayManage}
                  onEdit={() => {
                    setStatus(null);
                    setPanel({ kind: 'edit', code: checkpoint.code });
                  }}
                  onChanged={(message) => {
                    setStatus(message);
                    reload();
                  }}
                />
              ),
            )
          )
        }
      </LoadableView>
    </PageFrame>
  );
}

type SectionProps = {
  readonly checkpoint: Checkpoint;
  readonly mayManage: boolean;
  readonly onEdit: () => void;
  readonly onChanged: (message: Wording) => void;
};

function CheckpointSection({ checkpoint, mayManage, onEdit, onChanged }: SectionProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const zoneName = useZoneName();
  const titleId = `admin-checkpoint-${checkpoint.code}-title`;
  return (
    <section
      className="panel admin-checkpoint"
      aria-labelledby={titleId}
      id={`admin-checkpoint-${checkpoint.code}`}
      tabIndex={-1}
      data-testid={`admin-checkpoint-${checkpoint.code}`}
    >
      <div className="section-header">
        <h2 id={titleId}>
          {checkpoint.name} <span className="muted">({checkpoint.code})</span>
        </h2>
        {mayManage ? (
          <button
            type="button"
            className="button button-small"
            id={editButtonId(checkpoint.code)}
            aria-label={t('checkpoints.editOf', { code: checkpoint.code })}
            onClick={onEdit}
          >
            {t('checkpoints.edit')}
          </button>
        ) : null}
      </div>
      <dl className="facts admin-checkpoint-facts">
        <Fact label={t('checkpoints.field.country')}>{countryName(checkpoint.country)}</Fact>
        <Fact label={t('checkpoints.field.place')}>
          {formatCoordinate(checkpoint.latitude, locale)}, {formatCoordinate(checkpoint.longitude, locale)}
        </Fact>
        <Fact label={t('checkpoints.field.timeZone')}>
          {zoneName(checkpoint.timeZone)} <span className="muted">· {checkpoint.timeZone}</span>
        </Fact>
      </dl>
      {checkpoint.recount ? (
        <p className="notice" data-testid="checkpoint-recount">
          {t('checkpoints.recounting', {
            done: formatNumber(checkpoint.recount.done, locale),
            total: formatNumber(checkpoint.recount.total, locale),
          })}
        </p>
      ) : null}
      <CheckpointBooths checkpoint={checkpoint} onChanged={onChanged} />
    </section>
  );
}
