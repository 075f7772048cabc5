// The imported watchlists and whether each is in force. Taking a list out of screening is asked first,
// where its box was: pressed by mistake, it would leave the border unscreened against that list.
// Putting one back in force, which screens more and leaves no one unchecked, is one press.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/paso';
import type { ApiProblem } from '../../api/problem';
import type { Job, Watchlist } from '../../api/types';
import { ConfirmQuestion } from '../../components/confirm-question';
import { DataTable } from '../../components/data-table';
import { ProblemMessage } from '../../components/problem-message';
import { formatDateTime, formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { watchlistFormatName } from './watchlist-messages';

type Props = {
  readonly lists: readonly Watchlist[];
  readonly mayManage: boolean;
  readonly onChanged: (list: Watchlist, active: boolean, rebuild: Job) => void;
};

export function WatchlistTable({ lists, mayManage, onChanged }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  // The list whose deactivation is being asked, if any.
  const [asking, setAsking] = useState<string | null>(null);
  // The box comes back when the question goes (cancelled or answered), and focus goes to it rather
  // than to the page's top.
  const boxes = useRef(new Map<string, HTMLInputElement>());
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (refocus === null) return;
    boxes.current.get(refocus)?.focus();
    setRefocus(null);
  }, [refocus]);

  if (lists.length === 0) return <p className="empty">{t('watchlists.empty')}</p>;

  async function toggle(list: Watchlist) {
    setBusy(list.id);
    setProblem(null);
    const result = await api.setWatchlistActive(list.id, !list.active);
    setBusy(null);
    if (!result.ok) {
      setProblem(result.error);
      return;
    }
    setAsking(null);
    setRefocus(list.id);
    onChanged(list, !list.active, result.value);
  }

  return (
    <>
      {problem === null ? null : <ProblemMessage problem={problem} />}
      <DataTable
        testId="watchlist-table"
        caption={t('watchlists.listTitle')}
        columns={[
          { label: t('watchlists.column.name') },
          { label: t('watchlists.column.format') },
          { label: t('watchlists.column.entries'), className: 'numeric' },
          { label: t('watchlists.column.active') },
          { label: t('watchlists.column.importedAt') },
        ]}
      >
        {lists.map((list) => (
          <tr key={list.id} data-watchlist={list.name}>
            <th scope="row" className="row-heading">
              {list.name}
            </th>
            <td>{watchlistFormatName(list.format, t)}</td>
            <td className="numeric">{formatNumber(list.entryCount, locale)}</td>
            <td>
              {!mayManage ? (
                <span className={list.active ? 'tag tag-ok' : 'tag tag-muted'}>
                  {list.active ? t('watchlists.active') : t('watchlists.inactive')}
                </span>
              ) : asking === list.id && list.active ? (
                <ConfirmQuestion
                  testId="watchlist-deactivate-question"
                  tone="danger"
                  question={t('watchlists.deactivateQuestion', { name: list.name })}
                  confirm={t('watchlists.deactivateConfirm', { name: list.name })}
                  busy={busy === list.id}
                  onConfirm={() => void toggle(list)}
                  onCancel={() => {
                    setAsking(null);
                    setProblem(null);
                    setRefocus(list.id);
                  }}
                />
              ) : (
                <label className="check">
                  <input
                    type="checkbox"
                    ref={(box) => {
                      if (box === null) boxes.current.delete(list.id);
                      else boxes.current.set(list.id, box);
                    }}
                    checked={list.active}
                    // Busy, it stays focusable (aria-disabled): `disabled` would drop focus to the
                    // page's top. A press meanwhile does nothing.
                    aria-disabled={busy === list.id}
                    onChange={() => {
                      if (busy !== null) return;
                      if (list.active) setAsking(list.id);
                      else void toggle(list);
                    }}
                    aria-label={t('watchlists.activeFor', { name: list.name })}
                  />
                  <span aria-hidden="true">
                    {list.active ? t('watchlists.active') : t('watchlists.inactive')}
                  </span>
                </label>
              )}
            </td>
            <td className="nowrap">{formatDateTime(list.importedAt, locale)}</td>
          </tr>
        ))}
      </DataTable>
    </>
  );
}
