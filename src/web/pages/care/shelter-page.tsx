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
import { ChoiceField, SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { formatNumber } from '../../format/format';
import { useApiCall, useIdempotentWrite } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { useDraft } from '../../hooks/use-draft';
import { useLocale } from '../../hooks/use-locale';
import { useRequiredFields } from '../../hooks/use-required-fields';
import { useWording, type Wording } from '../../hooks/use-wording';
import { useUser } from '../../session/session';
import { type Candidate, type CareShelter, careApi, type ShelterDetail } from './care-endpoints';
import { BED_KINDS_SHOWN, CareProblem, useCategoryName, useKindName } from './care-words';
import { asksAboutChild, ChildAloneQuestion } from './child-alone-question';
import { NeedForm } from './need-form';
import { ShelterForm } from './shelter-form';
import { Nights } from './shelter-nights';
import './care.css';
import { Options } from '../../components/options';
import { PageFrame } from '../../components/page-frame';
import { PageStatus } from '../../components/page-status';

const KINDS = BED_KINDS_SHOWN;
type BedKind = (typeof KINDS)[number];

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
      {chosen === '' ? null : <ShelterView key={`${chosen}-${saves}`} shelterId={chosen} />}
    </PageFrame>
  );
}

function ShelterView({ shelterId }: { readonly shelterId: string }) {
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
          {mayManage ? <CheckInForm shelterId={shelterId} onDone={reload} /> : null}
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

const FIRST_BED_KIND: BedKind = 'family';

function CheckInForm({ shelterId, onDone }: { readonly shelterId: string; readonly onDone: () => void }) {
  const { t } = useTranslation();
  const kindName = useKindName();
  // null until a search has been answered: then an empty list says that no one was found.
  const [found, setFound] = useState<{
    readonly people: readonly Candidate[];
    readonly more: boolean;
  } | null>(null);
  const { values, field } = useDraft('checkin', { q: '', kind: FIRST_BED_KIND });
  const searching = useApiCall();
  // A search for nobody is not sent: the field says it is blank, in place of a notice that points at it.
  const required = useRequiredFields({ q: values.q });
  // One check-in at a time, its id kept until answered: a double click or a resend applies once.
  const checking = useIdempotentWrite();
  // Whose check-in was tried last: a refusal is said under that person, where the tap was.
  const [tried, setTried] = useState<string | null>(null);
  // Whose check-in waits on the question about a child travelling alone (asked here, or by the server).
  const [asking, setAsking] = useState<string | null>(null);
  // What the last search found, or whose check-in went through: said in a polite status, and after a
  // check-in (its button gone with the list) focus goes to the section's heading.
  const [said, setSaid] = useWording();
  const heading = useRef<HTMLHeadingElement>(null);
  const search = async () => {
    if (!required.isComplete()) return;
    checking.clear();
    setAsking(null);
    setSaid(null);
    const result = await searching.run(() => careApi.candidates(values.q));
    setFound(result.ok ? result.value : null);
    if (result.ok && result.value.people.length > 0)
      setSaid((t) => t('care.checkIn.foundCount', { count: result.value.people.length }));
  };
  // Checking in one member checks in the whole family, as the rules ask.
  const checkIn = async (c: Candidate, bedKind: string = values.kind, childPlacementReason?: string) => {
    setTried(c.personId);
    const personIds = [c.personId, ...c.family];
    const result = await checking.write((id) =>
      careApi.checkIn({ id, shelterId, bedKind, personIds, childPlacementReason }),
    );
    setAsking(!result.ok && result.error.code === 'care.child-alone' ? c.personId : null);
    if (result.ok) {
      setFound(null);
      setSaid((t) =>
        t('care.checkIn.done', { name: `${c.givenNames} ${c.surname1}`, count: c.family.length + 1 }),
      );
      heading.current?.focus();
      onDone();
    }
  };
  return (
    <section aria-labelledby="checkin-title">
      <h2 id="checkin-title" ref={heading} tabIndex={-1}>
        {t('care.checkIn.title')}
      </h2>
      <form
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
        noValidate
      >
        <TextField
          {...field('q')}
          label={t('care.checkIn.search')}
          maxLength={200}
          required
          error={required.errors.q}
        />
        <ChoiceField {...field('kind')} label={t('care.checkIn.kind')} choices={KINDS} nameOf={kindName} />
        <button type="submit" className="button button-secondary">
          {t('care.checkIn.find')}
        </button>
      </form>
      {found?.people.length === 0 ? <p className="empty">{t('care.checkIn.noneFound')}</p> : null}
      <ul data-testid="candidates">
        {(found?.people ?? []).map((c) => {
          const name = `${c.givenNames} ${c.surname1}`;
          return (
            <li key={c.personId}>
              {[c.givenNames, c.surname1, c.surname2].filter(Boolean).join(' ')}
              {c.birthYear === null ? '' : `, ${t('care.checkIn.born', { year: c.birthYear })}`}
              {c.family.length > 0 ? ` (${t('care.checkIn.family', { count: c.family.length + 1 })})` : ''}{' '}
              {c.childAlone ? <span className="tag">{t('care.checkIn.childAlone')}</span> : null}{' '}
              {asking === c.personId ? (
                <ChildAloneQuestion
                  name={name}
                  kind={kindName(values.kind)}
                  childrenKind={kindName('children')}
                  busy={checking.busy}
                  onChildren={() => void checkIn(c, 'children')}
                  onElsewhere={(reason) => void checkIn(c, values.kind, reason)}
                  onCancel={() => setAsking(null)}
                />
              ) : c.shelterId === null ? (
                <button
                  type="button"
                  className="button button-primary"
                  disabled={checking.busy}
                  onClick={() => {
                    checking.clear();
                    if (asksAboutChild(c, values.kind)) setAsking(c.personId);
                    else void checkIn(c);
                  }}
                >
                  {t('care.checkIn.do', { name, count: c.family.length + 1 })}
                </button>
              ) : (
                <span className="tag tag-muted">{t('care.checkIn.inside')}</span>
              )}
              {tried === c.personId && asking !== c.personId ? (
                <CareProblem problem={checking.problem} bedKind={kindName(values.kind)} />
              ) : null}
            </li>
          );
        })}
      </ul>
      {found?.more ? (
        <p className="note" data-testid="candidates-more">
          {t('care.checkIn.more', { count: found.people.length })}
        </p>
      ) : null}
      <FormFeedback problem={searching.problem} success={said} />
    </section>
  );
}
