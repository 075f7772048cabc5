// A shelter's last nights: the people present at each night's cut-off (22:00 local time). Tonight's
// cut-off is still ahead, so its figure is the people present so far, and says so.
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../format/format';
import { useLocale } from '../../hooks/use-locale';
import { formatDay } from '../booth/days';
import type { ShelterDetail } from './care-endpoints';

type Props = { readonly nights: ShelterDetail['nights']; readonly now: number };

export function Nights({ nights, now }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const most = Math.max(1, ...nights.map((n) => n.people));
  return (
    <section aria-labelledby="nights-title">
      <h2 id="nights-title">{t('care.nights.title')}</h2>
      <p className="hint">{t('care.nights.rule')}</p>
      <table className="table" data-testid="nights">
        <thead>
          <tr>
            <th scope="col">{t('care.nights.date')}</th>
            <th scope="col" className="num">
              {t('care.nights.people')}
            </th>
            <th scope="col">
              <span className="visually-hidden">{t('care.nights.people')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {nights.map((n) => (
            <tr key={n.date}>
              <th scope="row">
                <time dateTime={n.date}>{formatDay(n.date, locale)}</time>
                {Date.parse(n.cutoff) > now ? ` (${t('care.nights.soFar')})` : ''}
              </th>
              <td className="num">{formatNumber(n.people, locale)}</td>
              <td>
                <span className="bar" aria-hidden="true">
                  <span className="bar-fill" style={{ width: `${Math.round((n.people / most) * 100)}%` }} />
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
