// The latest movements of stock, newest first: when, where, what kind, which item and how much.
import { useTranslation } from 'react-i18next';
import { SUPPLY_ITEMS } from '../../../domain/care';
import { DataTable } from '../../components/data-table';
import { When } from '../transit/transit-parts';
import type { Stock } from './care-endpoints';
import { useCareWords } from './care-words';

const SHOWN = 12;

export function RecentMovements({ stock }: { readonly stock: Stock }) {
  const { t } = useTranslation();
  const words = useCareWords();
  const legName = (leg: string) => {
    switch (leg) {
      case 'delivery':
        return t('care.leg.delivery');
      case 'distribution':
        return t('care.leg.distribution');
      case 'transfer-out':
        return t('care.leg.transferOut');
      case 'transfer-in':
        return t('care.leg.transferIn');
      default:
        return t('care.leg.requestReceived');
    }
  };
  const shown = stock.movements.slice(0, SHOWN);
  return (
    <section aria-labelledby="movements-title">
      <h2 id="movements-title">{t('care.movements.title')}</h2>
      <DataTable
        testId="movements"
        columns={[
          { label: t('care.movements.at') },
          { label: t('care.stock.place') },
          { label: t('care.movement.kind') },
          { label: t('care.movement.item') },
          { label: t('care.movements.change'), className: 'num' },
          { label: t('care.movements.note') },
        ]}
      >
        {shown.map((m) => {
          const item = SUPPLY_ITEMS.find((i) => i === m.item);
          const size = Math.abs(m.delta);
          return (
            <tr key={`${m.id}|${m.placeId}`}>
              <td className="nowrap">
                <When at={m.at} />
              </td>
              <td>{stock.places.find((p) => p.id === m.placeId)?.name ?? m.placeId}</td>
              <td>{legName(m.leg)}</td>
              <td>{item === undefined ? m.item : words.item(item)}</td>
              <td className="num nowrap">
                {m.delta < 0 ? '−' : '+'}
                {item === undefined ? words.number(size) : words.amount(item, size)}
              </td>
              <td>{m.note ?? ''}</td>
            </tr>
          );
        })}
      </DataTable>
    </section>
  );
}
