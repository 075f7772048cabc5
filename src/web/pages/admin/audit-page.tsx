// The audit log browser: filter by actor, action and dates, page back in time with the cursor, and
// see whether the hash chain is intact.
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TEXT_LIMITS } from '../../../api/common';
import { isCalendarDate } from '../../../domain/shared';
import type { AuditQuery } from '../../api/endpoints';
import { api } from '../../api/paso';
import { AuditTable } from '../../components/audit-table';
import { CHAIN_CHECK, ChainStatus } from '../../components/chain-status';
import { LoadedSection } from '../../components/loaded-section';
import { Options } from '../../components/options';
import { PageFrame } from '../../components/page-frame';
import { PeriodFields } from '../../components/period-fields';
import { RefreshButton } from '../../components/refresh-button';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { AUDIT_ACTIONS, auditActionName } from '../../format/audit-words';
import { dateInputToIso } from '../../format/format';
import { useApiData } from '../../hooks/use-api-data';
import { useDraft } from '../../hooks/use-draft';
import { useLocale } from '../../hooks/use-locale';
import { useWording } from '../../hooks/use-wording';
import { loadUsers, loadVerify } from '../home/load';

const PAGE_SIZES = [25, 50, 100, 200] as const;

type Filters = { actor: string; action: string; from: string; to: string; limit: number };
const NO_FILTERS: Filters = { actor: '', action: '', from: '', to: '', limit: 50 };

function toQuery(filters: Filters): AuditQuery {
  const from = dateInputToIso(filters.from, false);
  const to = dateInputToIso(filters.to, true);
  return {
    limit: filters.limit,
    ...(filters.actor.trim() === '' ? {} : { actor: filters.actor.trim() }),
    ...(filters.action.trim() === '' ? {} : { action: filters.action.trim() }),
    ...(from === undefined ? {} : { from }),
    ...(to === undefined ? {} : { to }),
  };
}

export function AuditPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { values: draft, field, change } = useDraft('audit', NO_FILTERS);
  const [query, setQuery] = useState<AuditQuery>(toQuery(NO_FILTERS));
  // The cursors of the pages we came through, newest page first; the last one is the page shown.
  const [cursors, setCursors] = useState<readonly string[]>([]);
  const [formError, setFormError] = useWording();
  const [verify, reverify] = useApiData(loadVerify, CHAIN_CHECK);
  const [users] = useApiData(loadUsers);

  const cursor = cursors.at(-1);
  const loadPage = useCallback(
    (signal: AbortSignal) =>
      api.listAudit({ ...query, ...(cursor === undefined ? {} : { cursor }) }, { signal }),
    [query, cursor],
  );
  const [page, reloadPage] = useApiData(loadPage);

  function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // A day typed that does not read (25/12/26) would filter nothing: said, not left out in silence.
    if ([draft.from, draft.to].some((day) => day !== '' && !isCalendarDate(day))) {
      setFormError((t) => t('form.dayUnread'));
      return;
    }
    if (draft.from !== '' && draft.to !== '' && draft.from > draft.to) {
      setFormError((t) => t('audit.filter.badRange'));
      return;
    }
    setFormError(null);
    setCursors([]);
    setQuery(toQuery(draft));
  }

  function clear() {
    setFormError(null);
    change(NO_FILTERS);
    setCursors([]);
    setQuery(toQuery(NO_FILTERS));
  }

  const pageNumber = cursors.length + 1;
  // A page turned: the pager's buttons go while the next page loads, and focus with them to the top of
  // the document. It goes to the entries' heading instead, which says the page and stays on screen;
  // reading on from there reaches the new page's first entry.
  const entriesHeading = useRef<HTMLHeadingElement>(null);
  const turned = useRef(false);
  const turn = (next: (c: readonly string[]) => readonly string[]) => {
    turned.current = true;
    setCursors(next);
  };
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once the page asked for is the one set
  useEffect(() => {
    if (!turned.current) return;
    turned.current = false;
    entriesHeading.current?.focus();
  }, [cursors]);

  return (
    <PageFrame testId="admin-audit" title={t('audit.title')}>
      <section aria-labelledby="audit-chain">
        <h2 id="audit-chain">{t('audit.chain.title')}</h2>
        <ChainStatus state={verify} onVerify={reverify} />
      </section>
      <section aria-labelledby="audit-filter">
        <h2 id="audit-filter">{t('audit.filter.title')}</h2>
        <form className="form filter-grid" onSubmit={apply}>
          <TextField
            {...field('actor')}
            label={t('audit.filter.actor')}
            hint={t('audit.filter.actorHint')}
            list="audit-actors"
            autoComplete="off"
            spellCheck={false}
            maxLength={TEXT_LIMITS.auditFilter}
          />
          <datalist id="audit-actors">
            {users.status === 'ok' ? users.value.map((u) => <option key={u.id} value={u.username} />) : null}
          </datalist>
          <SelectField {...field('action')} label={t('audit.filter.action')}>
            <option value="">{t('audit.filter.anyAction')}</option>
            <Options
              items={AUDIT_ACTIONS.map((action) => ({ action, name: auditActionName(action, t) })).sort(
                (a, b) => a.name.localeCompare(b.name, locale),
              )}
              value={(a) => a.action}
              label={(a) => a.name}
            />
          </SelectField>
          <PeriodFields
            kind="day"
            from={{ ...field('from'), label: t('audit.filter.from') }}
            to={{ ...field('to'), label: t('audit.filter.to') }}
          />
          <SelectField
            id="audit-limit"
            label={t('audit.filter.limit')}
            value={String(draft.limit)}
            onChange={(value) => change({ limit: Number(value) })}
          >
            <Options items={PAGE_SIZES} value={(size) => size} label={(size) => size} />
          </SelectField>
          <div className="actions form-wide">
            <button type="submit" className="button button-primary">
              {t('audit.filter.apply')}
            </button>
            <button type="button" className="button button-secondary" onClick={clear}>
              {t('audit.filter.clear')}
            </button>
          </div>
          <div className="form-wide" aria-live="polite">
            {formError === null ? null : <p className="notice notice-error">{formError}</p>}
          </div>
        </form>
      </section>
      <LoadedSection
        id="audit-entries"
        title={t('audit.entries', { page: pageNumber })}
        action={<RefreshButton onClick={reloadPage} />}
        state={page}
        onRetry={reloadPage}
        headingRef={entriesHeading}
      >
        {(value) => (
          <>
            <AuditTable
              entries={value.entries}
              caption={t('audit.entries', { page: pageNumber })}
              full
              names={value.names}
            />
            <nav className="pager" aria-label={t('audit.pager.label')}>
              <button
                type="button"
                className="button button-secondary"
                disabled={cursors.length === 0}
                onClick={() => turn(() => [])}
              >
                {t('audit.pager.first')}
              </button>
              <button
                type="button"
                className="button button-secondary"
                disabled={cursors.length === 0}
                onClick={() => turn((c) => c.slice(0, -1))}
              >
                {t('audit.pager.newer')}
              </button>
              <span className="pager-position" aria-live="polite">
                {t('audit.pager.page', { page: pageNumber })}
              </span>
              <button
                type="button"
                className="button button-secondary"
                disabled={value.nextCursor === null}
                onClick={() => {
                  const next = value.nextCursor;
                  if (next !== null) turn((c) => [...c, next]);
                }}
              >
                {t('audit.pager.older')}
              </button>
            </nav>
          </>
        )}
      </LoadedSection>
    </PageFrame>
  );
}
