// The fields of a read zone as a list: each as read, a field with a problem marked not to be trusted,
// the expiry counted in days from today, and the national identifier an issuer writes in the optional
// data (a Chilean card's RUN) as that identifier, checked, rather than as raw optional data.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { identifierInZone, type MrzField, type MrzFields } from '../../../domain/documents';
import { documentTypeName } from '../../format/document-type';
import { sexName } from '../../format/person-name';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { daysBetween, formatDay, monthsApart } from './days';
import { idProblemMessage, idTypeName } from './messages';

export function ZoneFields({
  fields,
  expired,
  today,
  unverified,
}: {
  readonly fields: MrzFields;
  readonly expired: boolean;
  readonly today: string;
  /** Fields with a problem: shown as read, marked as not to be trusted. */
  readonly unverified: ReadonlySet<MrzField>;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const country = (code: string) => (code === '' ? '—' : `${countryName(code)} (${code})`);
  const documentType = (code: string) => {
    const name = documentTypeName(code, t);
    return code === '' ? '—' : name === code ? code : `${name} (${code})`;
  };
  const day = (date: string | null) =>
    date === null ? t('booth.fields.unknownDate') : formatDay(date, locale);
  const identifier = identifierInZone(fields);
  const days = fields.expiryDate === null ? null : daysBetween(today, fields.expiryDate);
  // Two months and more are said in years and months, with the days beside them: "2746 días" is read
  // more slowly than "7 años y 6 meses", and the rules speak of years expired.
  const months = fields.expiryDate === null ? 0 : monthsApart(today, fields.expiryDate);
  const span = () => {
    const years = t('booth.fields.spanYears', { count: Math.floor(months / 12) });
    const rest = t('booth.fields.spanMonths', { count: months % 12 });
    if (months < 12) return rest;
    return months % 12 === 0 ? years : t('booth.fields.spanBoth', { years, months: rest });
  };
  const expiry =
    days === null ? null : expired ? (
      <span className="tag tag-error" data-testid="expiry">
        {months >= 2
          ? t('booth.fields.expiredAgoLong', { span: span(), days: -days })
          : t('booth.fields.expiredAgo', { count: -days })}
      </span>
    ) : (
      <span className={days <= 90 ? 'tag tag-warning' : 'tag tag-ok'} data-testid="expiry">
        {days === 0
          ? t('booth.fields.expiresToday')
          : months >= 2
            ? t('booth.fields.expiresInLong', { span: span(), days })
            : t('booth.fields.expiresIn', { count: days })}
      </span>
    );
  const row = (name: string, of: MrzField, label: string, value: ReactNode, isMono = false) => {
    const isUnverified = unverified.has(of);
    const classes = [isMono ? 'mono' : '', isUnverified ? 'field-unverified' : ''].filter(Boolean).join(' ');
    return (
      <div>
        <dt>{label}</dt>
        <dd data-field={name} data-unverified={isUnverified || undefined} className={classes || undefined}>
          {value}
          {isUnverified ? <span className="tag tag-error">{t('booth.fields.check')}</span> : null}
        </dd>
      </div>
    );
  };
  return (
    <section aria-labelledby="fields-title" className="booth-fields">
      <h3 id="fields-title">{t('booth.fields.title')}</h3>
      <dl className="facts" data-testid="mrz-fields">
        {row('surname', 'name', t('booth.field.surname'), fields.surname || '—')}
        {row('givenNames', 'name', t('booth.field.givenNames'), fields.givenNames || '—')}
        {row(
          'documentNumber',
          'documentNumber',
          t('booth.field.documentNumber'),
          fields.documentNumber,
          true,
        )}
        {row('nationality', 'nationality', t('booth.field.nationality'), country(fields.nationality))}
        {row('birthDate', 'birthDate', t('booth.field.birthDate'), day(fields.birthDate))}
        {row('sex', 'sex', t('booth.field.sex'), sexName(fields.sex, t))}
        {row(
          'expiryDate',
          'expiryDate',
          t('booth.field.expiryDate'),
          <>
            {day(fields.expiryDate)} {expiry}
          </>,
        )}
        {row(
          'documentCode',
          'documentCode',
          t('booth.field.documentCode'),
          documentType(fields.documentCode),
        )}
        {row('issuingState', 'issuingState', t('booth.field.issuingState'), country(fields.issuingState))}
        {identifier !== null
          ? row(
              'nationalId',
              identifier.field,
              idTypeName(identifier.idType, t),
              identifier.check.ok ? (
                identifier.check.value.display
              ) : (
                <>
                  {identifier.asRead}{' '}
                  <span className="tag tag-error" data-testid="zone-id-problem">
                    {idProblemMessage(identifier.check.error, t)}
                  </span>
                </>
              ),
              true,
            )
          : fields.optionalData === ''
            ? null
            : row('optionalData', 'optionalData', t('booth.field.optionalData'), fields.optionalData, true)}
      </dl>
    </section>
  );
}
