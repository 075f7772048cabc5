// The layering of shared/DESIGN.md and shared/STYLE.md, checked on every import in src/:
// domain imports nothing of ours and does no I/O; dependencies point one way; a domain area is
// or store area is imported by others only through its index.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MOCKING } from '../vitest.config';

const SRC = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const IMPORT =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(IMPORT)].map((m) => m[1] ?? m[2] ?? '');
}

// The top folder under src/ ('domain', 'store', …) and, in domain and store, the area.
function layerOf(path: string): { layer: string; area: string | undefined } {
  const parts = relative(SRC, path).split(sep);
  const inArea = (parts[0] === 'domain' || parts[0] === 'store') && parts.length > 2;
  return { layer: parts[0] ?? '', area: inArea ? parts[1] : undefined };
}

// Store areas are folders of repositories; migrations is the schema's history, not an area.
const STORE_AREAS = readdirSync(join(SRC, 'store')).filter(
  (name) => name !== 'migrations' && statSync(join(SRC, 'store', name)).isDirectory(),
);

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  domain: ['domain'],
  api: ['api', 'domain'],
  store: ['store', 'domain'],
  server: ['server', 'store', 'domain', 'api'],
  cli: ['cli', 'server', 'store', 'domain', 'api'],
  web: ['web', 'domain', 'api'],
};

const withoutComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');

const files = sourceFiles(SRC);
const edges = files.flatMap((file) =>
  importsOf(file).map((spec) => ({ file: relative(SRC, file), from: file, spec })),
);

describe('architecture', () => {
  it('finds source files to check', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('keeps src/domain free of Node and of libraries that are not platform-neutral', () => {
    // Libraries that run unchanged in Node and the browser, with no I/O of their own.
    // i18n-iso-countries: country names as JSON data and plain functions over them.
    // zod: the schemas of values the domain defines and others store or send (docs/decisions/0005).
    const neutral = new Set(['fast-xml-parser', 'i18n-iso-countries', 'zod']);
    // jose: JOSE/JWS over WebCrypto, the same code in Node 20 and the browser (travel passes).
    neutral.add('jose');
    const packageOf = (spec: string) => spec.split('/')[0] ?? spec;
    const bad = edges.filter(
      (e) => layerOf(e.from).layer === 'domain' && !e.spec.startsWith('.') && !neutral.has(packageOf(e.spec)),
    );
    expect(bad.map((e) => `${e.file} imports ${e.spec}`)).toEqual([]);
  });

  it('points dependencies one way: web, cli and server use domain and store; store uses domain', () => {
    const bad = edges
      .filter((e) => e.spec.startsWith('.'))
      .filter((e) => {
        const target = layerOf(resolve(dirname(e.from), e.spec)).layer;
        const source = layerOf(e.from).layer;
        return !(ALLOWED[source] ?? []).includes(target);
      });
    expect(bad.map((e) => `${e.file} imports ${e.spec}`)).toEqual([]);
  });

  it.each(['domain', 'store'])('imports another %s area only through its index', (layerName) => {
    const bad = edges
      .filter((e) => e.spec.startsWith('.'))
      .filter((e) => {
        const target = resolve(dirname(e.from), e.spec);
        const { layer, area } = layerOf(target);
        if (layer !== layerName || !area || area === 'migrations') return false;
        const fromArea = layerOf(e.from);
        if (fromArea.layer === layerName && fromArea.area === area) return false;
        const rest = relative(join(SRC, layerName, area), target);
        return rest !== '' && rest !== 'index';
      });
    expect(bad.map((e) => `${e.file} imports ${e.spec}`)).toEqual([]);
  });

  it('gives every store area an index', () => {
    expect(STORE_AREAS.length).toBeGreaterThan(3);
    expect(STORE_AREAS.filter((area) => !existsSync(join(SRC, 'store', area, 'index.ts')))).toEqual([]);
  });

  it('uses no Node or browser globals for I/O, time or randomness in src/domain', () => {
    // Globals only: `LEVELS.document.length` is a property, not the DOM.
    const forbidden =
      /(?<![\w.])(Date\.now|new Date\(\)|Math\.random|process\.|window\.|document\.|localStorage|fetch\()/;
    const bad = files
      .filter((f) => layerOf(f).layer === 'domain')
      .filter((f) => forbidden.test(withoutComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(SRC, f));
    expect(bad).toEqual([]);
  });

  it('answers a write only after its transaction has committed (src/server/answer-after-commit.test.ts)', () => {
    // The body of each `.transaction().execute(…)` callback, found by matching braces.
    const sendsInside = (text: string): boolean => {
      for (let at = text.indexOf('.transaction()'); at >= 0; at = text.indexOf('.transaction()', at + 1)) {
        const open = text.indexOf('{', text.indexOf('=>', at));
        let depth = 0;
        let end = open;
        for (; end < text.length; end += 1) {
          if (text[end] === '{') depth += 1;
          else if (text[end] === '}' && --depth === 0) break;
        }
        if (/reply\s*(\.\w+\([^)]*\)\s*)*\.send\(/.test(text.slice(open, end))) return true;
      }
      return false;
    };
    const bad = files
      .filter((f) => layerOf(f).layer === 'server')
      .filter((f) => sendsInside(withoutComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(SRC, f));
    expect(bad).toEqual([]);
  });

  it('runs alone each test file that replaces a module (vitest.config.ts: MOCKING)', () => {
    // The other test files share their worker's modules with the next file: a module replaced with
    // vi.mock would stay replaced for it.
    const tests = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) return tests(path);
        return /\.test\.tsx?$/.test(name) ? [path] : [];
      });
    const mocking = [SRC, join(SRC, '..', 'test')]
      .flatMap(tests)
      .filter((f) => /\bvi\.(do)?[mM]ock\(/.test(withoutComments(readFileSync(f, 'utf8'))))
      .map((f) => relative(join(SRC, '..'), f).split(sep).join('/'));
    expect(mocking.length).toBeGreaterThan(0);
    expect(mocking.sort()).toEqual([...MOCKING].sort());
  });
});
