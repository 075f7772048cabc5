// The register of emergency decrees: every decree and extension on a timeline by zone, a table of
// them, the chosen decree's record with its history, and for supervisors and administrators the forms
// to record a declaration, extend a decree or amend one.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../domain/access';
import { type DecreeView, decreesApi } from '../../api/decrees-endpoints';
import type { Checkpoint } from '../../api/types';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { useCheckpointList } from '../../hooks/use-checkpoints';
import { useLocale } from '../../hooks/use-locale';
import { useNow } from '../../hooks/use-now';
import { usePageTitle } from '../../hooks/use-page-title';
import { useUser } from '../../session/session';
import { DecreeDetailView, DecreeLink } from './decree-detail';
import { lastOfChain, placeInChain } from './decree-draft';
import { DecreeForm, type FormMode } from './decree-form';
import { DecreeTimeline } from './decree-timeline';
import { formatDay } from './decree-words';
import './decrees.css';

import { DataTable } from '../../components/data-table';

const loadRegister = (signal: AbortSignal) => decreesApi.getRegister({ signal });

// The register names its checkpoints for every reader (an officer's own list holds one checkpoint);
// a checkpoint a supervisor has just named in the form is in their list.
const namesOf = (
  named: readonly { readonly code: string; readonly name: string }[],
  list: readonly Checkpoint[],
): ReadonlyMap<string, string> => new Map([...list, ...named].map((c) => [c.code, c.name]));

export function DecreesPage() {
  const { t } = useTranslation();
  usePageTitle(t('decrees.title'));
  const user = useUser();
  const mayManage = can(user.role, 'decrees.manage');
  const [register, reload] = useApiData(loadRegister);
  const checkpointList = useCheckpointList();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState<FormMode | null>(null);
  const [saved, setSaved] = useState(0);
  const now = useNow(60_000);
  const selected = params.get('decree');
  const select = (id: string) => {
    setForm(null);
    setParams({ decree: id });
  };

  return (
    <div className="page decrees" data-testid="decrees-page">
      <div className="section-header">
        <h1>{t('decrees.title')}</h1>
        {mayManage ? (
          <button type="button" className="button button-primary" onClick={() => setForm({ kind: 'new' })}>
            {t('decrees.form.open')}
          </button>
        ) : null}
      </div>
      <p className="lead">{t('decrees.intro')}</p>
      {form === null ? null : (
        <DecreeForm
          key={`${form.kind}:${form.kind === 'new' ? '' : form.kind === 'extend' ? form.base.id : form.decree.id}`}
          mode={form}
          checkpoints={checkpointList}
          onCancel={() => setForm(null)}
          onSaved={(detail) => {
            setForm(null);
            setSaved((n) => n + 1);
            reload();
            setParams({ decree: detail.decree.id });
          }}
        />
      )}
      <LoadableView state={register} onRetry={reload}>
        {({ decrees: list, checkpoints: named }) => (
          <>
            <DecreeTimeline
              decrees={list}
              checkpointNames={namesOf(named, checkpointList)}
              now={now}
              selected={selected}
              onSelect={select}
            />
            <DecreeTable decrees={list} now={now} onSelect={select} />
            {selected === null ? null : (
              <SelectedDecree
                key={`${selected}:${saved}`}
                id={selected}
                register={list}
                checkpointNames={namesOf(named, checkpointList)}
                onSelect={select}
                onForm={
                  mayManage
                    ? (mode) => {
                        // An extension extends the last of the chain, and comes after it.
                        const base = mode.kind === 'extend' ? lastOfChain(mode.decree, list) : mode.decree;
                        const place = placeInChain(base, list);
                        setForm(
                          mode.kind === 'extend'
                            ? { kind: 'extend', base, extension: place + 1 }
                            : { kind: 'amend', decree: base, extension: place },
                        );
                      }
                    : null
                }
              />
            )}
          </>
        )}
      </LoadableView>
    </div>
  );
}

function SelectedDecree({
  id,
  register,
  checkpointNames,
  onSelect,
  onForm,
}: {
  readonly id: string;
  /** The register as listed: where the decree stands in its chain of extensions. */
  readonly register: readonly DecreeView[];
  readonly checkpointNames: ReadonlyMap<string, string>;
  readonly onSelect: (id: string) => void;
  readonly onForm:
    | ((asked: { readonly kind: 'extend' | 'amend'; readonly decree: DecreeView }) => void)
    | null;
}) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => decreesApi.getDecree(id, { signal }), [id]);
  const [detail, reload] = useApiData(load);
  return (
    <LoadableView state={detail} onRetry={reload}>
      {(value) => (
        <DecreeDetailView
          detail={value}
          extension={placeInChain(value.decree, register)}
          checkpointNames={checkpointNames}
          onSelect={onSelect}
          actions={
            onForm === null ? null : (
              <div className="actions">
                <button
                  type="button"
                  className="button"
                  onClick={() => onForm({ kind: 'extend', decree: value.decree })}
                >
                  {t('decrees.detail.extend')}
                </button>
                <button
                  type="button"
                  className="button"
                  onClick={() => onForm({ kind: 'amend', decree: value.decree })}
                >
                  {t('decrees.detail.amend')}
                </button>
              </div>
            )
          }
        />
      )}
    </LoadableView>
  );
}

function DecreeTable({
  decrees,
  now,
  onSelect,
}: {
  readonly decrees: readonly DecreeView[];
  readonly now: Date;
  readonly onSelect: (id: string) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const status = (d: DecreeView) => {
    const at = now.getTime();
    if (at < Date.parse(d.from))
      return <span className="tag tag-upcoming">{t('decrees.status.upcoming')}</span>;
    if (at >= Date.parse(d.to)) return <span className="tag tag-muted">{t('decrees.status.ended')}</span>;
    return <span className="tag tag-ok">{t('decrees.status.inForce')}</span>;
  };
  return (
    <DataTable
      testId="decree-table"
      caption={t('decrees.tableCaption')}
      columns={[
        { label: t('decrees.field.number') },
        { label: t('decrees.field.period') },
        { label: t('decrees.column.status') },
      ]}
    >
      {decrees.map((d) => (
        <tr key={d.id}>
          <th scope="row" className="row-heading">
            <DecreeLink decree={d} onSelect={onSelect} />
            {d.extends === null ? null : (
              <span className="muted"> {t('decrees.column.extensionOf', { number: d.extends.number })}</span>
            )}
            <span className="muted decree-row-title">{d.title}</span>
          </th>
          {/* Each date whole, the two on two lines where the screen is narrow (390 px). */}
          <td>
            <span className="nowrap">{formatDay(d.startsOn, locale)} –</span>{' '}
            <span className="nowrap">{formatDay(d.endsOn, locale)}</span>
          </td>
          <td>{status(d)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
