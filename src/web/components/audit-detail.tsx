// An audit entry's detail as lines a person reads: each key in words where the app knows it, then its
// value (numbers, yes/no, days, codes in words where the action tells what they mean, records by the
// names the server looked up, lists cut short, nested objects as their own lines).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AUDIT_LIST_SHOWN } from '../../api/audit';
import { ROLES } from '../../domain/access';
import { auditDetailValueName } from '../format/audit-values';
import { auditActionName, auditDetailKeyName } from '../format/audit-words';
import { formatCoordinate, formatDateTime, formatNumber } from '../format/format';
import { useCountryName } from '../hooks/use-country-name';
import { useLocale } from '../hooks/use-locale';
import { formatDay } from '../pages/booth/days';
import { roleName } from './role-name';
import './audit-detail.css';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

type Props = {
  readonly detail: Readonly<Record<string, unknown>>;
  /** The entry's action: what the detail's codes mean. */
  readonly action: string;
  /** Names of the records the detail names by id (a checkpoint, a watchlist…), as the server found them. */
  readonly names?: Names;
};

type Names = Readonly<Record<string, string>>;

export function AuditDetail({ detail, action, names = {} }: Props) {
  const countryName = useCountryName();
  if (Object.keys(detail).length === 0) return null;
  return <DetailLines value={detail} at={{ action, within: null, names, countryName }} />;
}

function DetailLines({
  value,
  at,
}: {
  readonly value: Readonly<Record<string, unknown>>;
  readonly at: Where;
}) {
  const { t } = useTranslation();
  return (
    <dl className="audit-detail">
      {Object.entries(value).map(([key, child]) => (
        <div key={key} data-key={key} className={isRecord(child) ? 'audit-detail-group' : undefined}>
          <dt>{auditDetailKeyName(key, at.within, t, at.action)}</dt>
          <dd>
            {isRecord(child) ? (
              <DetailLines value={child} at={{ ...at, within: key }} />
            ) : (
              <DetailValue name={key} value={child} at={at} />
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

type Where = {
  readonly action: string;
  readonly within: string | null;
  readonly names: Names;
  /** A country's name by its code (a checkpoint's country: PER is Perú); the code while not known. */
  readonly countryName: (code: string) => string;
};

function DetailValue({
  name,
  value,
  at,
}: {
  readonly name: string;
  readonly value: unknown;
  readonly at: Where;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  if (!Array.isArray(value)) return <>{scalarText(name, value, at, t, locale)}</>;
  if (value.length === 0) return <>{t('audit.detail.none')}</>;
  const shown = value.slice(0, AUDIT_LIST_SHOWN).map((item) => scalarText(name, item, at, t, locale));
  const more = value.length - shown.length;
  return (
    <>
      {shown.join(', ')}
      {more > 0 ? ` ${t('audit.detail.more', { count: more })}` : null}
    </>
  );
}

const COORDINATE_KEYS: ReadonlySet<string> = new Set(['latitude', 'longitude']);

function scalarText(name: string, value: unknown, at: Where, t: TFunction, locale: string): string {
  if (value === null || value === undefined) return t('common.notApplicable');
  if (typeof value === 'boolean') return value ? t('audit.detail.yes') : t('audit.detail.no');
  if (typeof value === 'number') {
    // A place's degrees to four decimals, as the pages show it; three would move it about 100 m.
    return COORDINATE_KEYS.has(name) ? formatCoordinate(value, locale) : formatNumber(value, locale);
  }
  // An object in a list (a convoy's seats: a person and a vehicle) by its fields, each in words.
  if (isRecord(value)) {
    const inside: Where = { ...at, within: name };
    return Object.entries(value)
      .map(
        ([key, v]) =>
          `${auditDetailKeyName(key, name, t, at.action)} ${scalarText(key, v, inside, t, locale)}`,
      )
      .join('; ');
  }
  if (typeof value !== 'string') return JSON.stringify(value);
  const named = Object.hasOwn(at.names, value) ? at.names[value] : undefined;
  if (named !== undefined) return named;
  const role = name === 'role' ? ROLES.find((r) => r === value) : undefined;
  if (role !== undefined) return roleName(role, t);
  if (name === 'country') return at.countryName(value);
  if (name === 'action') return auditActionName(value, t);
  const word = auditDetailValueName(at.action, at.within, name, value, t);
  if (word !== undefined) return word;
  if (ISO_DAY.test(value)) return formatDay(value, locale);
  return ISO_INSTANT.test(value) ? formatDateTime(value, locale) : value;
}

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
