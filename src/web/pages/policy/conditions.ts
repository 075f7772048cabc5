// A rule's conditions (`when`) as sentences a supervisor reads: "Presenta pasaporte.", "Nacional de
// Venezuela.", "El documento está vigente.", one per condition; a rule without any says so.
import type { TFunction } from 'i18next';
import type { PolicyRule } from '../../../domain/documents';
import { documentKindName } from '../../format/document-type';

type Words = {
  readonly t: TFunction;
  readonly locale: string;
  readonly countryName: (code: string) => string;
};

const either = (items: readonly string[], locale: string): string =>
  new Intl.ListFormat(locale, { type: 'disjunction' }).format(items);

function documentSentence(kinds: PolicyRule['when']['documentKinds'] & {}, { t, locale }: Words): string {
  const shown = kinds.filter((k) => k !== 'none').map((k) => documentKindName(k, t));
  if (shown.length === 0) return t('policy.when.noDocument');
  const list = either(shown, locale);
  return kinds.includes('none')
    ? t('policy.when.documentKindsOrNone', { kinds: list })
    : t('policy.when.documentKinds', { kinds: list });
}

/** Each condition of the rule as a sentence, in the order a reader checks them. */
export function conditionSentences(when: PolicyRule['when'], words: Words): readonly string[] {
  const { t, locale, countryName } = words;
  const out: string[] = [];
  if (when.documentKinds !== undefined) out.push(documentSentence(when.documentKinds, words));
  if (when.nationalities !== undefined) {
    const names = when.nationalities.map((code) => {
      const name = countryName(code);
      return name === code ? code : `${name} (${code})`;
    });
    out.push(t('policy.when.nationalities', { countries: either(names, locale) }));
  }
  if (when.maxExpiredYears !== undefined) {
    out.push(
      when.maxExpiredYears === 0
        ? t('policy.when.inForce')
        : t('policy.when.expiredAtMost', { count: when.maxExpiredYears }),
    );
  }
  if (when.ageUnder !== undefined) out.push(t('policy.when.ageUnder', { count: when.ageUnder }));
  if (when.ageAtLeast !== undefined) out.push(t('policy.when.ageAtLeast', { count: when.ageAtLeast }));
  if (when.humanitarian !== undefined) {
    out.push(when.humanitarian ? t('policy.when.humanitarian') : t('policy.when.notHumanitarian'));
  }
  return out.length === 0 ? [t('policy.when.always')] : out;
}
