// Supplies: what each shelter and checkpoint holds, the places and items under their minimum first,
// a movement form, the minimum of each item at each place, the requests board and the latest movements. Carers (care.manage) write; the
// others read the figures.
import { useTranslation } from 'react-i18next';
import { can } from '../../../domain/access';
import { SUPPLY_ITEMS, type SupplyItem } from '../../../domain/care';
import { LoadableView } from '../../components/loadable-view';
import { useApiData } from '../../hooks/use-api-data';
import { useUser } from '../../session/session';
import { careApi, type Stock } from './care-endpoints';
import { useCareWords } from './care-words';
import { MovementForm } from './movement-form';
import { RecentMovements } from './recent-movements';
import { RequestsBoard } from './supply-requests';
import { ThresholdForm } from './threshold-form';
import './care.css';
import { PageFrame } from '../../components/page-frame';
import { TableWrap } from '../../components/scroll-box';

export function SuppliesPage() {
  const { t } = useTranslation();
  const [stock, reloadStock] = useApiData(careApi.stock);
  const [requests, reloadRequests] = useApiData(careApi.requests);
  const mayManage = can(useUser().role, 'care.manage');
  // A received request delivers to its place: both the board and the stock change.
  const reloadBoth = () => {
    reloadStock();
    reloadRequests();
  };
  return (
    <PageFrame testId="supplies-page" title={t('care.supplies.title')} lead={t('care.supplies.lead')}>
      <LoadableView state={stock} onRetry={reloadStock}>
        {(s) => (
          <>
            <Alerts stock={s} />
            <StockTable stock={s} />
            {mayManage ? <MovementForm places={s.places} onDone={reloadStock} /> : null}
            {mayManage ? <ThresholdForm stock={s} onDone={reloadStock} /> : null}
            <LoadableView state={requests} onRetry={reloadRequests}>
              {(r) => (
                <RequestsBoard
                  places={s.places}
                  requests={r.requests}
                  mayManage={mayManage}
                  onChanged={reloadBoth}
                />
              )}
            </LoadableView>
            <RecentMovements stock={s} />
          </>
        )}
      </LoadableView>
    </PageFrame>
  );
}

const nameOf = (stock: Stock, placeId: string) => stock.places.find((p) => p.id === placeId)?.name ?? placeId;

function Alerts({ stock }: { readonly stock: Stock }) {
  const { t } = useTranslation();
  const words = useCareWords();
  return (
    <section aria-labelledby="alerts-title" className="stock-alerts" data-testid="stock-alerts">
      <h2 id="alerts-title">{t('care.alerts.title')}</h2>
      {stock.alerts.length === 0 ? (
        <p className="notice notice-ok">{t('care.alerts.none')}</p>
      ) : (
        <ul className="notice notice-error">
          {stock.alerts.map((a) => (
            <li key={`${a.placeId}|${a.item}`} data-testid={`alert-${a.placeId}-${a.item}`}>
              <strong>{nameOf(stock, a.placeId)}</strong>
              {': '}
              {t('care.alerts.line', {
                item: words.item(a.item),
                quantity: words.amount(a.item, a.quantity),
                minimum: words.amount(a.item, a.minimum),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function StockTable({ stock }: { readonly stock: Stock }) {
  const { t } = useTranslation();
  const words = useCareWords();
  const level = (placeId: string, item: SupplyItem) =>
    stock.levels.find((l) => l.placeId === placeId && l.item === item)?.quantity ?? 0;
  const minimum = (placeId: string, item: SupplyItem) =>
    stock.thresholds.find((l) => l.placeId === placeId && l.item === item)?.minimum;
  return (
    <section aria-labelledby="stock-title">
      <h2 id="stock-title">{t('care.stock.title')}</h2>
      <p className="hint">{t('care.stock.rule')}</p>
      <TableWrap label={t('care.stock.title')}>
        <table className="table stock-table" data-testid="stock">
          <thead>
            <tr>
              <th scope="col">{t('care.stock.place')}</th>
              {SUPPLY_ITEMS.map((i) => (
                <th scope="col" className="num" key={i}>
                  {words.item(i)} <span className="unit">({words.unitName(i)})</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {stock.places.map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  {p.name}{' '}
                  <span className="tag tag-muted">
                    {p.kind === 'shelter' ? t('care.placeKind.shelter') : t('care.placeKind.checkpoint')}
                  </span>
                </th>
                {SUPPLY_ITEMS.map((i) => {
                  const quantity = level(p.id, i);
                  const min = minimum(p.id, i);
                  const low = min !== undefined && quantity < min;
                  return (
                    <td key={i} className={low ? 'num stock-low' : 'num'} data-testid={`stock-${p.id}-${i}`}>
                      <span className="stock-figure">{words.number(quantity)}</span>
                      {min === undefined ? null : (
                        <span className="stock-minimum">
                          {t('care.stock.minimum', { minimum: words.number(min) })}
                        </span>
                      )}
                      {low ? <span className="visually-hidden">{t('care.stock.low')}</span> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
