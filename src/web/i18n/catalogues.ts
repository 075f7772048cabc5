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
