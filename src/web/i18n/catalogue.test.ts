// The catalogues stay in step: English has exactly Spanish's keys, nothing is left empty, and every key
// the source asks for exists in Spanish, the source catalogue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CODE_KEYS, PROBLEM_STATUS_KEYS } from '../api/problem';
import { EN as en, ES as es, withEveryPluralForm } from './catalogues';

const WEB_ROOT = join(import.meta.dirname, '..');

function flatten(value: unknown, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value)) {
    for (const [k, v] of flatten(child, prefix === '' ? key : `${prefix}.${key}`)) out.set(k, v);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// i18next resolves t('x', { count }) to x_one / x_other.
const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'];

function hasKey(keys: ReadonlyMap<string, unknown>, key: string): boolean {
  return keys.has(key) || (keys.has(`${key}_one`) && keys.has(`${key}_other`));
}

const esKeys = flatten(es);
const enKeys = flatten(en);

describe('the catalogues', () => {
  it('have exactly the same keys in English as in Spanish', () => {
    expect([...enKeys.keys()].sort()).toEqual([...esKeys.keys()].sort());
  });

  it.each([
    ['es', esKeys],
    ['en', enKeys],
  ])('leave no value empty in %s', (_language, keys) => {
    const empty = [...keys].filter(([, value]) => typeof value !== 'string' || value.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  // A number typed into a text with a decimal mark or digit groups ("1.200", "-18,35") follows no
  // locale and drifts from the numbers around it: such numbers come from Intl through a placeholder,
  // as every number on screen does. An article of a law ("art. 137.1") is a citation, not a number.
  it.each([
    ['es', esKeys],
    ['en', enKeys],
  ])('leave numbers with marks to Intl in %s', (_language, keys) => {
    const marked = [...keys]
      .filter(([, value]) => /\d[.,]\d/.test(String(value).replace(/\bart\. [\d.]+/g, '')))
      .map(([key]) => key);
    expect(marked).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (value: unknown) =>
      [...String(value).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    const differing = [...esKeys.keys()].filter(
      (key) =>
        JSON.stringify(placeholders(esKeys.get(key))) !== JSON.stringify(placeholders(enKeys.get(key))),
    );
    expect(differing).toEqual([]);
  });
});

describe('the plural forms', () => {
  // Spanish calls a million and its multiples "many": i18next asked for checked_many and, finding
  // none, showed "audit.chain.checked" to the admin who verified a log of a million entries.
  it('give words for a million in Spanish, as for any other count', async () => {
    const t = i18next.createInstance();
    await t.init({
      resources: { es: { translation: withEveryPluralForm(es, 'es') } },
      lng: 'es',
      interpolation: { escapeValue: false },
    });
    for (const count of [1, 2, 1_000_000, 3_000_000]) {
      const said = t.t('audit.chain.checked', { count, formatted: String(count) });
      expect(said).toMatch(/^Se comprob/);
    }
  });
});

describe('the source', () => {
  const files = sourceFiles(WEB_ROOT);
  const used = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [...text.matchAll(/\bt\(\s*(['"`])([^'"`]*)\1/g)].map((m) => ({ file, key: m[2] ?? '' }));
  });

  it('is scanned (the scan finds the files and the keys)', () => {
    expect(files.length).toBeGreaterThan(10);
    expect(used.length).toBeGreaterThan(50);
  });

  it('asks only for keys that exist in es.json', () => {
    const missing = used.filter(({ key }) => !hasKey(esKeys, key)).map(({ file, key }) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('writes keys as literals, so they can be checked', () => {
    const dynamic = used.filter(({ key }) => key.includes('${')).map(({ file, key }) => `${key} (${file})`);
    expect(dynamic).toEqual([]);
  });

  it('maps problem codes and statuses to keys that exist', () => {
    const keys = [...Object.values(PROBLEM_CODE_KEYS), ...Object.values(PROBLEM_STATUS_KEYS)];
    expect(keys.filter((key) => !hasKey(esKeys, key))).toEqual([]);
  });

  it('leaves no key in the catalogue unused', () => {
    const wanted = new Set([
      ...used.map(({ key }) => key),
      ...Object.values(PROBLEM_CODE_KEYS),
      ...Object.values(PROBLEM_STATUS_KEYS),
    ]);
    const base = (key: string) =>
      PLURAL_SUFFIXES.reduce((k, suffix) => (k.endsWith(suffix) ? k.slice(0, -suffix.length) : k), key);
    const unused = [...esKeys.keys()].filter((key) => !wanted.has(key) && !wanted.has(base(key)));
    expect(unused).toEqual([]);
  });
});
