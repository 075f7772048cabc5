// The catalogues in use: es.json and en.json, and each area's own pair of files under areas/
// (<area>.es.json and <area>.en.json), merged by top-level key. Spanish is the source catalogue.
import en from './en.json';
import es from './es.json';

type Catalogue = Readonly<Record<string, unknown>>;

const AREAS = import.meta.glob<Catalogue>('./areas/*.json', { eager: true, import: 'default' });

function merged(base: Catalogue, language: 'es' | 'en'): Catalogue {
  const out: Record<string, unknown> = { ...base };
  for (const [path, words] of Object.entries(AREAS).sort(([a], [b]) => a.localeCompare(b))) {
    if (!path.endsWith(`.${language}.json`)) continue;
    for (const [key, value] of Object.entries(words)) {
      if (key in out) throw new Error(`${path}: the key "${key}" is already in the ${language} catalogue`);
      out[key] = value;
    }
  }
  return out;
}

export const ES: Catalogue = merged(es, 'es');
export const EN: Catalogue = merged(en, 'en');

/**
 * The catalogue with every plural form the language has: i18next asks for the form Intl names for
 * a count, and Spanish names a million and its multiples "many" (un millón de entradas), a form the
 * catalogues leave out; it then showed the key itself. A form left out is written as `_other` is.
 */
export function withEveryPluralForm(catalogue: Catalogue, language: string): Catalogue {
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const fill = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(value)) out[key] = fill(child);
    for (const [key, words] of Object.entries(out)) {
      if (!key.endsWith('_other')) continue;
      const stem = key.slice(0, -'_other'.length);
      for (const form of forms) if (!(`${stem}_${form}` in out)) out[`${stem}_${form}`] = words;
    }
    return out;
  };
  return fill(catalogue) as Catalogue;
}
