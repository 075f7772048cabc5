// The audit catalogue: every action the server, the CLI and the store write has a label in both
// languages. The actions are read from their source, so a new one fails here until it is worded.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { testI18n } from '../../../test/support/i18n';
import { MovementBody, RequestBody, ThresholdBody, TransitionBody } from '../../api/care';
import { ReviewHitBody, ReviewLinkBody } from '../../api/matching';
import { ObservationBody } from '../../api/situation';
import { ConvoyEventBody } from '../../api/transit';
import type { CheckedIncident, IncidentChange } from '../../domain/situation';
import en from '../i18n/en.json';
import es from '../i18n/es.json';
import {
  AUDIT_ACTIONS,
  AUDIT_DETAIL_KEYS,
  actorName,
  auditActionName,
  auditDetailKeyName,
  auditEntityName,
} from './audit-words';

const SRC = join(import.meta.dirname, '..', '..');

/** The field names of an object schema, of each option of a union, and of the objects inside them. */
function fieldsOf(schema: z.ZodType): string[] {
  const def = schema.def;
  if (def.type === 'object' && schema instanceof z.ZodObject) {
    return Object.entries(schema.shape).flatMap(([key, inner]) => [key, ...fieldsOf(inner as z.ZodType)]);
  }
  if (schema instanceof z.ZodUnion) return schema.options.flatMap((o) => fieldsOf(o as z.ZodType));
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable)
    return fieldsOf(schema.unwrap() as z.ZodType);
  return [];
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

// Actions written from a template, with the values the template can take (the API's enums).
const TEMPLATES: Readonly<Record<string, readonly string[]>> = {
  'screening.${decision}': ReviewHitBody.shape.decision.options.map((d) => `screening.${d}`),
  'duplicates.${decision}': ReviewLinkBody.shape.decision.options.map((d) => `duplicates.${d}`),
  'convoy.${event.kind}': [
    'boarding',
    'departed',
    'stop-arrived',
    'stop-departed',
    'left',
    'arrived',
    'cancelled',
    'correction',
  ].map((k) => `convoy.${k}`),
};

// An action handed to an audit helper as an argument rather than as `action:` (`cliAudit(at,
// 'pass.issue', …)`): the first literal of the call, after arguments that are names or calls.
const ACTION_ARGUMENT = /\b\w*[Aa]udit\w*\(\s*(?:[\w.]+(?:\(\))?\s*,\s*)*'([a-z]+\.[a-z.-]+)'/g;

/** The actions written in the source: literals (a ternary's too), known templates, helpers' arguments. */
function writtenActions(): { actions: Set<string>; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of ['server', 'cli', 'store'].flatMap((dir) => sourceFiles(join(SRC, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const [, literal = ''] of text.matchAll(ACTION_ARGUMENT)) actions.add(literal);
    for (const [, expression = ''] of text.matchAll(/\baction:\s*([^\n]+)/g)) {
      for (const [, literal = ''] of expression.matchAll(/'([a-z]+\.[a-z.-]+)'/g)) actions.add(literal);
      for (const [, template = ''] of expression.matchAll(/`([^`]*\$\{[^`]*)`/g)) {
        const expanded = TEMPLATES[template];
        if (expanded === undefined) unknownTemplates.push(`${template} (${file})`);
        else for (const action of expanded) actions.add(action);
      }
    }
  }
  return { actions, unknownTemplates };
}

/** The top-level keys of each `detail: { … }` written in the source (spread values are not keys). */
function writtenDetailKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of ['server', 'cli', 'store'].flatMap((dir) => sourceFiles(join(SRC, dir)))) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/\bdetail:\s*\{/g)) {
      let depth = 0;
      let part = '';
      for (let i = (match.index ?? 0) + match[0].length; i < text.length; i += 1) {
        const c = text[i] ?? '';
        if ('{(['.includes(c)) depth += 1;
        if ('})]'.includes(c)) depth -= 1;
        if (depth < 0) break;
        part += depth === 0 && c === ',' ? '\n' : depth === 0 ? c : '';
      }
      for (const line of part.split('\n')) {
        const key = /^\s*([A-Za-z_]\w*)\s*(?::|$)/.exec(line)?.[1];
        if (key) keys.add(key);
      }
    }
  }
  return keys;
}

const lookUp = (catalogue: unknown, key: string): unknown =>
  key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], catalogue);

// A stand-in translator that shows which key was asked for.
const keyOf = ((key: string) => key) as unknown as TFunction;

const i18n = testI18n();

describe('the audit actions', () => {
  const { actions, unknownTemplates } = writtenActions();

  it('are found in the source (the scan works)', () => {
    expect(actions.size).toBeGreaterThan(20);
    expect([...actions]).toEqual(
      expect.arrayContaining([
        'user.list',
        'duplicates.merge',
        'watchlist.activate',
        'reports.sitrep',
        'reports.export',
        'events.export',
        'pass.issue',
        'keys.rotate',
      ]),
    );
  });

  it('are written from templates the catalogue knows how to expand', () => {
    expect(unknownTemplates).toEqual([]);
  });

  it('are each in the catalogue', () => {
    expect([...actions].filter((a) => !(AUDIT_ACTIONS as readonly string[]).includes(a))).toEqual([]);
  });

  it.each([...AUDIT_ACTIONS])('%s has a label in Spanish and English', (action) => {
    const key = auditActionName(action, keyOf);
    expect(key).toMatch(/^audit\.action\./);
    expect(lookUp(es, key)).toEqual(expect.any(String));
    expect(lookUp(en, key)).toEqual(expect.any(String));
  });

  it('gives user.list words in both languages', () => {
    expect(auditActionName('user.list', i18n.getFixedT('es'))).toBe('Consulta de la lista de usuarios');
    expect(auditActionName('user.list', i18n.getFixedT('en'))).toBe('Read the list of users');
  });

  it('shows an action it does not know as written', () => {
    expect(auditActionName('audit.head', keyOf)).toBe('audit.head');
  });
});

/** The record kinds (entity types) the source writes entries about. */
function writtenEntityTypes(): Set<string> {
  const kinds = new Set<string>();
  for (const file of ['server', 'cli', 'store'].flatMap((dir) => sourceFiles(join(SRC, dir)))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bentityType:\s*'([^']+)'/g)) {
      if (match[1]) kinds.add(match[1]);
    }
  }
  return kinds;
}

describe('the words of an entry', () => {
  const kinds = [...writtenEntityTypes()];

  it('finds the record kinds in the source (the scan works)', () => {
    expect(kinds).toEqual(expect.arrayContaining(['user', 'convoy', 'shelter', 'incident']));
  });

  it.each(kinds)('names the record kind %s in Spanish and English', (kind) => {
    const key = auditEntityName(kind, keyOf);
    expect(key).toMatch(/^audit\.entity\./);
    expect(lookUp(es, key)).toEqual(expect.any(String));
    expect(lookUp(en, key)).toEqual(expect.any(String));
  });

  it.each([
    [null, 'audit.system'],
    ['system', 'audit.system'],
    ['cli', 'audit.commandLine'],
    ['admin', 'admin'],
  ])('names the actor %j', (username, shown) => {
    expect(actorName(username, keyOf)).toBe(shown);
  });

  it('names a filter date apart from a link status it came from', () => {
    expect(auditDetailKeyName('from', 'filter', keyOf)).toBe('audit.detail.key.since');
    expect(auditDetailKeyName('from', null, keyOf)).toBe('audit.detail.key.previousStatus');
    expect(auditDetailKeyName('somethingNew', null, keyOf)).toBe('somethingNew');
  });

  it.each(['reports.export', 'events.export'])('names the dates of %s as dates, not states', (action) => {
    const es = i18n.getFixedT('es');
    const en = i18n.getFixedT('en');
    expect(['from', 'to'].map((key) => auditDetailKeyName(key, null, es, action))).toEqual([
      'Desde',
      'Hasta',
    ]);
    expect(['from', 'to'].map((key) => auditDetailKeyName(key, null, en, action))).toEqual(['From', 'To']);
    expect(auditDetailKeyName('from', null, keyOf, 'duplicates.confirm')).toBe(
      'audit.detail.key.previousStatus',
    );
  });
});

describe("the keys of an entry's detail", () => {
  const written = writtenDetailKeys();

  it('are found in the source (the scan works)', () => {
    expect([...written]).toEqual(
      expect.arrayContaining(['count', 'checkpoint', 'people', 'reason', 'bytes', 'rows', 'as']),
    );
  });

  it('are each in the catalogue', () => {
    const known: readonly string[] = AUDIT_DETAIL_KEYS;
    expect([...written].filter((k) => !known.includes(k) && k !== 'from')).toEqual([]);
  });

  it('include the fields spread into a detail from a request or a checked input', () => {
    // Record<keyof …>: a field added to these types fails to compile here until it is listed.
    const incident: Record<keyof CheckedIncident | keyof IncidentChange, true> = {
      kind: true,
      severity: true,
      latitude: true,
      longitude: true,
      occurredAt: true,
      note: true,
      noteShared: true,
      status: true,
    };
    const spread = [
      ...Object.keys(incident),
      ...fieldsOf(
        ObservationBody.pick({
          peopleWaiting: true,
          vehiclesQueued: true,
          trucksQueued: true,
          queueKm: true,
          waitMinutes: true,
        }),
      ),
      ...fieldsOf(ConvoyEventBody.shape.event),
      ...[MovementBody, ThresholdBody, RequestBody, TransitionBody].flatMap(fieldsOf),
    ];
    expect(spread.length).toBeGreaterThan(15);
    const known: readonly string[] = AUDIT_DETAIL_KEYS;
    expect([...new Set(spread)].filter((k) => !known.includes(k))).toEqual([]);
  });

  it.each([...AUDIT_DETAIL_KEYS])('%s has a label in Spanish and English', (key) => {
    expect(auditDetailKeyName(key, null, keyOf)).toBe(`audit.detail.key.${key}`);
    expect(lookUp(es, `audit.detail.key.${key}`)).toEqual(expect.any(String));
    expect(lookUp(en, `audit.detail.key.${key}`)).toEqual(expect.any(String));
  });

  it("reads a checkpoint view's entry in words", () => {
    const t = i18n.getFixedT('es');
    expect(['checkpoint', 'view', 'events'].map((k) => auditDetailKeyName(k, null, t))).toEqual([
      'Puesto de control',
      'Vista',
      'Eventos',
    ]);
  });
});
