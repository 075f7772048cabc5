// The document a held person presented, which the supervisor decides on: its type named as the booth
// names it, its number, who issued it and when it expires; or that they presented none, and how
// their identity was established instead.
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { IDENTITY_BASES } from '../../../api/events';
import { ID_TYPES } from '../../../domain/documents';
import type { HeldCase } from '../../api/views-endpoints';
import { Fact } from '../../components/fact';
import { documentTypeName } from '../../format/document-type';
import { formatDay } from '../../format/format';
import { useCountryName } from '../../hooks/use-country-name';
import { useLocale } from '../../hooks/use-locale';
import { identityBasisName } from '../booth/decision-messages';
import { idTypeName } from '../booth/messages';

type Props = { readonly held: Pick<HeldCase, 'document' | 'identityBasis'> };

export function HeldDocument({ held }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const countryName = useCountryName();
  const d = held.document;
  const text = d === null ? withoutDocument(held.identityBasis, t) : documentText(d, t, locale, countryName);
  return <Fact label={t('overview.held.document')}>{text}</Fact>;
}

/** A document as it is shown wherever a person's is: held cases, and the records the review queues compare. */
export type ShownDocument = NonNullable<HeldCase['document']>;

/** "Pasaporte B4821977, emitido por Bolivia, vence el 1 mar 2024": what is known of it, in words. */
export function documentText(
  d: ShownDocument,
  t: TFunction,
  locale: string,
  countryName: (code: string) => string,
): string {
  return [
    t('overview.held.documentIs', { type: typeName(d.type, t), number: d.number }),
    d.issuingState === null ? null : t('overview.held.issuedBy', { state: countryName(d.issuingState) }),
    d.expiryDate === null ? null : t('overview.held.expires', { date: formatDay(d.expiryDate, locale) }),
  ]
    .filter((part) => part !== null)
    .join(', ');
}

// A national number's type (PE-DNI) as the booth's form names it; an ICAO document code in words.
function typeName(type: string, t: TFunction): string {
  const idType = ID_TYPES.find((id) => id === type);
  return idType === undefined ? documentTypeName(type, t) : idTypeName(idType, t);
}

// 'document' without a document says nothing of how the person was known: as when nothing was said.
function withoutDocument(basis: string | null, t: TFunction): string {
  const known = IDENTITY_BASES.find((b) => b === basis && b !== 'document');
  return known === undefined
    ? t('overview.held.noDocumentNoBasis')
    : t('overview.held.noDocument', { basis: identityBasisName(known, t) });
}
