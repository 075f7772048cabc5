// A shelter: beds and people by kind, the last nights, the people staying (for their carers), and
// check-in of a person with their family, check-out, and needs in words with a form to note one.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { can } from '../../../domain/access';
import { ConfirmQuestion } from '../../components/confirm-question';
import { Figures } from '../../components/figures';
import { FormFeedback } from '../../components/form-feedback';
import { LoadableView } from '../../components/loadable-view';
import { SelectField } from '../../components/select-field';
import { formatNumber } from '../../format/format';
import { useIdempotentWrite } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { useLocale } from '../../hooks/use-locale';
import { useWording, type Wording } from '../../hooks/use-wording';
import { useUser } from '../../session/session';
import { type CareShelter, careApi, type ShelterDetail } from './care-endpoints';
import { BED_KINDS_SHOWN, CareProblem, useCategoryName, useKindName } from './care-words';
import { CheckInForm } from './check-in-form';
import { NeedForm } from './need-form';
import { ShelterForm } from './shelter-form';
import { Nights } from './shelter-nights';
import './care.css';
import { Options } from '../../components/options';
import { PageFrame } from '../../components/page-frame';
import { PageStatus } from '../../components/page-status';

const KINDS = BED_KINDS_SHOWN;

export function ShelterPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [list, reloadList] = useApiData(careApi.shelters);
  const mayDescribe = can(useUser().role, 'shelters.manage');
  const [panel, setPanel] = useState<'none' | 'add' | 'edit'>('none');
  const [status, setStatus] = useWording();
  // Changed when a shelter is saved, so that its view is loaded again.
  const [saves, setSaves] = useState(0);
  const shelters = list.status === 'ok' ? list.value.shelters : [];
  const chosen = params.get('shelter') ?? shelters[0]?.id ?? '';
  const current = shelters.find((s) => s.id === chosen);
  const saved = (shelter: CareShelter, message: Wording) => {
    setPanel('none');
    setStatus(message);
    setSaves((n) => n + 1);
    reloadList();
    setParams({ shelter: shelter.id });
  };
  return (
    <PageFrame testId="shelter-page" title={t('care.shelter.title')}>
      <LoadableView state={list} onRetry={reloadList}>
        {({ shelters: all }) =>
          all.length === 0 ? (
            <p className="empty">{t('care.shelterForm.none')}</p>
          ) : (
            <SelectField
              id="shelter-choice"
              label={t('care.shelter.choose')}
              value={chosen}
              onChange={(shelter) => {
                setPanel('none');
                setParams({ shelter });
              }}
            >
              <Options items={all} value={(s) => s.id} label={(s) => s.name} />
            </SelectField>
          )
        }
      </LoadableView>
      {mayDescribe ? (
        <div className="actions shelter-actions">
          <button
            type="button"
            className="button button-primary"
            aria-expanded={panel === 'add'}
            onClick={() => {
              setStatus(null);
              setPanel(panel === 'add' ? 'none' : 'add');
            }}
          >
            {t('care.shelterForm.add')}
          </button>
          {current === undefined ? null : (
            <button
              type="button"
              className="button"
              aria-expanded={panel === 'edit'}
              onClick={() => {
                setStatus(null);
                setPanel(panel === 'edit' ? 'none' : 'edit');
              }}
            >
              {t('care.shelterForm.edit')}
            </button>
          )}
        </div>
      ) : null}
      <PageStatus notice={status} />
      {panel === 'add' ? (
        <ShelterForm
          onSaved={(s) => saved(s, (t) => t('care.shelterForm.created', { name: s.name }))}
          onCancel={() => setPanel('none')}
        />
      ) : null}
      {panel === 'edit' && current !== undefined ? (
        <ShelterForm
          key={current.id}
          shelter={current}
          onSaved={(s) => saved(s, (t) => t('care.shelterForm.saved', { name: s.name }))}
          onCancel={() => setPanel('none')}
        />
      ) : null}
      {chosen === '' ? null : (
        <ShelterView
          key={`${chosen}-${saves}`}
          shelterId={chosen}
          shelterName={(id) => shelters.find((s) => s.id === id)?.name ?? ''}
        />
      )}
    </PageFrame>
  );
}

function ShelterView({
  shelterId,
  shelterName,
}: {
  readonly shelterId: string;
  readonly shelterName: (id: string) => string;
}) {
  const { t } = useTranslation();
  const load = useCallback((signal: AbortSignal) => careApi.shelter(shelterId, signal), [shelterId]);
  const [detail, reload] = useApiData(load);
  const mayManage = can(useUser().role, 'care.manage');
  const categoryName = useCategoryName();
  return (
    <LoadableView state={detail} onRetry={reload}>
      {(d) => (
        <>
          <Occupancy detail={d} />
          <Nights nights={d.nights} now={Date.now()} />
          {d.residents === null ? null : <Residents detail={d} onChanged={reload} mayManage={mayManage} />}
          {mayManage ? (
            <CheckInForm
              shelterId={shelterId}
              shelterName={shelterName}
              beds={d.shelter.beds}
              onDone={reload}
            />
          ) : null}
          <section aria-labelledby="needs-title">
            <h2 id="needs-title">{t('care.needs.title')}</h2>
            {d.needs.length === 0 ? <p className="empty">{t('care.needs.none')}</p> : null}
            <ul data-testid="needs">
              {d.needs.map((n) => (
                <li key={n.id}>
                  {n.text}{' '}
                  <span className="need-tags">
                    {n.categories.map((c) => (
                      <span key={c} className="tag tag-muted">
                        {categoryName(c)}
                      </span>
                    ))}
                  </span>
                </li>
              ))}
            </ul>
            {mayManage ? <NeedForm shelterId={shelterId} onDone={reload} /> : null}
          </section>
        </>
      )}
    </LoadableView>
  );
}

function Occupancy({ detail }: { readonly detail: ShelterDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const kindName = useKindName();
  const { beds, occupied } = detail.shelter;
  return (
    <section aria-labelledby="occupancy-title">
      <h2 id="occupancy-title">{t('care.shelter.occupancy')}</h2>
      <Figures
        label={t('care.shelter.occupancy')}
        items={KINDS.map((k) => ({
          id: `occupancy-${k}`,
          label: kindName(k),
          value: `${formatNumber(occupied[k], locale)} / ${formatNumber(beds[k], locale)}`,
        }))}
      />
    </section>
  );
}

type ResidentsProps = {
  readonly detail: ShelterDetail;
  readonly onChanged: () => void;
  readonly mayManage: boolean;
};

function Residents({ detail, onChanged, mayManage }: ResidentsProps) {
  const { t } = useTranslation();
  const kindName = useKindName();
  // One check-out at a time, its id kept until answered: a double click or a resend applies once.
  const { busy, problem, write } = useIdempotentWrite();
  // A check-out is asked, then confirmed: a second tap on a list that has just moved up must not
  // check out the next person. The question stands where the button was; the confirmation below it.
  const [asked, setAsked] = useState<string | null>(null);
  const [done, setDone] = useWording();
  const heading = useRef<HTMLHeadingElement>(null);
  // A question cancelled (its button, or Escape) gives way to the check-out button it stood for again,
  // and focus goes back to that button.
  const [back, setBack] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    if (back === null) return;
    list.current?.querySelector<HTMLButtonElement>(`[data-check-out="${back}"]`)?.focus();
    setBack(null);
  }, [back]);
  const out = async (personId: string, name: string) => {
    const result = await write((id) => careApi.checkOut({ id, personIds: [personId] }));
    if (!result.ok) return;
    setAsked(null);
    setDone((t) => t('care.residents.checkedOut', { name }));
    heading.current?.focus();
    onChanged();
  };
  return (
    <section aria-labelledby="residents-title">
      <h2 id="residents-title" ref={heading} tabIndex={-1}>
        {t('care.residents.title')}
      </h2>
      {detail.residents?.length === 0 ? <p className="empty">{t('care.residents.none')}</p> : null}
      <FormFeedback success={done} />
      <ul data-testid="residents" ref={list}>
        {(detail.residents ?? []).map((r) => {
          const name = `${r.givenNames} ${r.surname1} ${r.surname2 ?? ''}`.trim();
          return (
            <li key={r.personId}>
              {name} <span className="tag">{kindName(r.bedKind)}</span>{' '}
              {!mayManage ? null : asked === r.personId ? (
                <ConfirmQuestion
                  testId="check-out-question"
                  question={t('care.residents.confirmQuestion', { name })}
                  confirm={t('care.residents.confirm', { name })}
                  busy={busy}
                  onConfirm={() => void out(r.personId, name)}
                  onCancel={() => {
                    setAsked(null);
                    setBack(r.personId);
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="button button-secondary"
                  disabled={busy}
                  data-check-out={r.personId}
                  onClick={() => {
                    setDone(null);
                    setAsked(r.personId);
                  }}
                >
                  {t('care.residents.checkOut', { name })}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <CareProblem problem={problem} />
    </section>
  );
}
