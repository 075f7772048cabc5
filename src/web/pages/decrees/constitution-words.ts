// How a decree's rights and term read under its country's constitution: each right named and cited as
// that constitution does (Peru's art. 2, Chile's art. 19), the rights' heading and the term's notices
// by country, each by its catalogue key, written out so the keys are literal.
import type { TFunction } from 'i18next';
import type { EmergencyCountry, RightCode, TermNotice } from '../../../domain/decrees';

/** A right as the decree's constitution names it; plain, without an article, where it names none. */
export function rightName(code: RightCode, country: EmergencyCountry | null, t: TFunction): string {
  if (country === 'PE') return peruvianRight(code, t);
  if (country === 'CL') return chileanRight(code, t) ?? plainRight(code, t);
  return plainRight(code, t);
}

function peruvianRight(code: RightCode, t: TFunction): string {
  switch (code) {
    case 'personal-liberty-security':
      return t('decrees.right.pe.personalLibertySecurity');
    case 'home-inviolability':
      return t('decrees.right.pe.homeInviolability');
    case 'freedom-of-assembly':
      return t('decrees.right.pe.freedomOfAssembly');
    case 'freedom-of-movement':
      return t('decrees.right.pe.freedomOfMovement');
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

/** Chile's art. 19 guarantees locomoción (n.º 7) and reunión (n.º 13); null for the other two. */
function chileanRight(code: RightCode, t: TFunction): string | null {
  if (code === 'freedom-of-movement') return t('decrees.right.cl.freedomOfMovement');
  if (code === 'freedom-of-assembly') return t('decrees.right.cl.freedomOfAssembly');
  return null;
}

function plainRight(code: RightCode, t: TFunction): string {
  switch (code) {
    case 'personal-liberty-security':
      return t('decrees.right.plain.personalLibertySecurity');
    case 'home-inviolability':
      return t('decrees.right.plain.homeInviolability');
    case 'freedom-of-assembly':
      return t('decrees.right.plain.freedomOfAssembly');
    case 'freedom-of-movement':
      return t('decrees.right.plain.freedomOfMovement');
    default: {
      const unknown: never = code;
      return unknown;
    }
  }
}

/** The rights' heading, citing the article that says which a state of emergency may restrict. */
export function rightsHeading(country: EmergencyCountry | null, t: TFunction): string {
  if (country === 'PE') return t('decrees.rights.heading.pe');
  if (country === 'CL') return t('decrees.rights.heading.cl');
  return t('decrees.field.rights');
}

export function rightsHint(country: EmergencyCountry | null, t: TFunction): string {
  if (country === 'PE') return t('decrees.rights.hint.pe');
  if (country === 'CL') return t('decrees.rights.hint.cl');
  return t('decrees.rights.hint.other');
}

/** A right the decree names that its country's state of emergency may not restrict, and why not. */
export function refusedRight(code: RightCode, country: EmergencyCountry, t: TFunction): string {
  const why =
    country === 'PE' ? t('decrees.rights.notRestrictable.pe') : t('decrees.rights.notRestrictable.cl');
  return t('decrees.rights.refusedRight', { right: rightName(code, null, t), why });
}

const constitutionName = (country: EmergencyCountry, t: TFunction): string =>
  country === 'PE' ? t('decrees.constitution.pe') : t('decrees.constitution.cl');

/** What a page's tests find each term notice by. */
export const TERM_NOTICE_IDS = {
  'term.past-longest': 'decree-long-term',
  'term.needs-congress': 'decree-needs-congress',
} as const satisfies Record<TermNotice['code'], string>;

/** A term notice as the form says it: what the rule is, and what to check before recording. */
export function termNoticeAdvice(notice: TermNotice, t: TFunction): string {
  switch (notice.code) {
    case 'term.past-longest':
      return notice.country === 'PE'
        ? t('decrees.form.pastLongestTerm.pe', notice)
        : t('decrees.form.pastLongestTerm.cl', notice);
    case 'term.needs-congress':
      return t('decrees.form.needsCongress', {
        extension: notice.extension,
        constitution: constitutionName(notice.country, t),
      });
    default: {
      const unknown: never = notice;
      return unknown;
    }
  }
}

/** A term notice as a decree's record says it, beside its days. */
export function termNoticeFact(notice: TermNotice, t: TFunction): string {
  switch (notice.code) {
    case 'term.past-longest':
      return notice.country === 'PE'
        ? t('decrees.detail.pastLongestTerm.pe', notice)
        : t('decrees.detail.pastLongestTerm.cl', notice);
    case 'term.needs-congress':
      return t('decrees.detail.needsCongress', {
        extension: notice.extension,
        constitution: constitutionName(notice.country, t),
      });
    default: {
      const unknown: never = notice;
      return unknown;
    }
  }
}
