// Which methods each path of the server has routes for, so that a known path asked with another
// method is answered 405 with `Allow` (RFC 9110 §15.5.6) rather than 404.

export interface RouteMethods {
  add(method: string, url: string): void;
  /** The methods whose routes match this concrete path, in a stable order; empty for none. */
  allowedFor(path: string): readonly string[];
}

// A route's segments: a literal, a parameter (":id", any one non-empty segment) or a trailing
// wildcard ("*", the rest of the path).
type Segment =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'param' }
  | { readonly kind: 'rest' };

function segmentsOf(url: string): Segment[] {
  return url
    .split('/')
    .slice(1)
    .map((text) =>
      text.startsWith(':')
        ? { kind: 'param' as const }
        : text === '*'
          ? { kind: 'rest' as const }
          : { kind: 'literal' as const, text },
    );
}

function matches(pattern: readonly Segment[], parts: readonly string[]): boolean {
  for (const [i, segment] of pattern.entries()) {
    if (segment.kind === 'rest') return true;
    const part = parts[i];
    if (part === undefined) return false;
    if (segment.kind === 'param' && part === '') return false;
    if (segment.kind === 'literal' && part !== segment.text) return false;
  }
  return pattern.length === parts.length;
}

// A catch-all route at the root (the web app's pages) makes no path known: it would answer every
// unknown method with 405.
const isCatchAll = (url: string) => url === '/*';

export function createRouteMethods(): RouteMethods {
  const routes = new Map<string, { readonly pattern: Segment[]; readonly methods: Set<string> }>();
  return {
    add(method, url) {
      if (isCatchAll(url)) return;
      const entry = routes.get(url) ?? { pattern: segmentsOf(url), methods: new Set<string>() };
      entry.methods.add(method.toUpperCase());
      routes.set(url, entry);
    },
    allowedFor(path) {
      const parts = path.split('/').slice(1);
      const allowed = new Set<string>();
      for (const { pattern, methods } of routes.values()) {
        if (matches(pattern, parts)) for (const m of methods) allowed.add(m);
      }
      return [...allowed].sort();
    },
  };
}
