// One rule of the document policy as a form: its values, the offsets its instants are read in, and the
// check's faults beside the fields they are in, in the form's words.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { santaRosa } from '../../../../test/support/web-samples';
import type { RuleSetProblemCode } from '../../../domain/documents';
import type { DecreeView } from '../../api/decrees-endpoints';
import type { Rule } from './rule-draft';
import { RuleForm } from './rule-form';

const i18n = testI18n({ interpolation: { escapeValue: false } });
const chacalluta = {
  ...santaRosa(),
  id: '5a7a0000-0000-4000-8000-000000000002',
  code: 'CL-CHACALLUTA',
  name: 'Chacalluta',
  country: 'CHL',
  timeZone: 'America/Santiago',
};
const CHECKPOINTS = [santaRosa(), chacalluta];
const DECREE_ID = '7d1e0000-0000-4000-8000-000000000001';
const decrees = [
  { id: DECREE_ID, number: 'D.S. N.º 135-2025-PCM', title: 'Emergencia en Tacna' },
] as unknown as DecreeView[];

const RULE: Rule = {
  id: 'transit-ven',
  description: 'Tránsito con pasaporte venezolano vencido',
  legalBasis: 'D.S. N.º 135-2025-PCM, art. 3',
  decree: DECREE_ID,
  appliesTo: {
    checkpointIds: [santaRosa().id],
    directions: ['transit'],
    validFrom: '2025-11-25T00:00:00-05:00',
  },
  when: { documentKinds: ['passport'], nationalities: ['VEN'], maxExpiredYears: 10 },
  outcome: 'admit',
};

const render = (rule: Rule, faults: [string, RuleSetProblemCode][] = []) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <RuleForm
        rule={rule}
        index={2}
        checkpoints={CHECKPOINTS}
        decrees={decrees}
        faults={new Map(faults)}
        onChange={() => undefined}
        now={Date.parse('2025-11-27T15:00:00Z')}
      />
    </I18nextProvider>,
  );

const fieldHtml = (html: string, id: string) => {
  const at = html.indexOf(`for="${id}"`);
  return html.slice(html.lastIndexOf('<div', at), html.indexOf('</div>', at));
};

describe('RuleForm', () => {
  it('shows each value of the rule in its field', () => {
    const html = render(RULE);
    expect(html).toContain('<legend>Regla 3 (transit-ven)</legend>');
    expect(html).toContain('value="transit-ven"');
    expect(html).toContain('value="VEN"');
    expect(html).toContain('value="10"');
    // Typed day first on a 24-hour clock, whatever the browser's language.
    expect(html).toContain('value="25/11/2025 00:00"');
    expect(html).toMatch(
      new RegExp(`<option value="${DECREE_ID}" selected="">D.S. N.º 135-2025-PCM — Emergencia en Tacna`),
    );
    expect(html).toMatch(/<option value="admit" selected="">/);
    // Ticked: transit, Santa Rosa, passport; not ticked: entry, Chacalluta.
    const ticked = [...html.matchAll(/<input type="checkbox" checked=""\/><span>([^<]*)</g)].map((m) => m[1]);
    expect(ticked).toEqual(['Tránsito', 'Santa Rosa', 'pasaporte']);
  });

  it('offers the offsets the checkpoints keep on the rule’s date, each named by its checkpoints', () => {
    const html = render(RULE);
    const offsets = fieldHtml(html, 'rule-2-appliesTo-validFrom-offset');
    expect(offsets).toMatch(/<option value="-05:00" selected="">UTC-05:00 · Santa Rosa<\/option>/);
    // Chile keeps summer time in November.
    expect(offsets).toContain('<option value="-03:00">UTC-03:00 · Chacalluta</option>');
    expect(offsets).toContain('<option value="+00:00">UTC+00:00</option>');
  });

  it('puts each fault beside its field in the form’s words and marks the field', () => {
    const html = render(
      {
        ...RULE,
        appliesTo: { ...(RULE.appliesTo as object), directions: [] },
        when: { ageUnder: 'dieciocho' },
      },
      [
        ['appliesTo.directions', 'policy.directions'],
        ['when.ageUnder', 'policy.number'],
        ['description', 'policy.field'],
      ],
    );
    const age = fieldHtml(html, 'rule-2-when-ageUnder');
    expect(age).toContain('Escriba un número entero de 0 a 150.');
    expect(html).toMatch(
      /id="rule-2-when-ageUnder"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="rule-2-when-ageUnder"/,
    );
    expect(html).toContain('value="dieciocho"');
    expect(html).toContain('Marque al menos un sentido.');
    expect(fieldHtml(html, 'rule-2-description')).toContain('No puede quedar vacío.');
    // A field without a fault says none.
    expect(fieldHtml(html, 'rule-2-legalBasis')).not.toContain('field-error');
  });

  it('names a cited decree the register does not hold, so that the citation is not lost unseen', () => {
    const html = render({ ...RULE, decree: '7d1e0000-0000-4000-8000-0000000000ff' });
    expect(html).toMatch(
      /<option value="7d1e0000-0000-4000-8000-0000000000ff" selected="">[^<]*0000000000ff/,
    );
  });

  it('says a date it cannot read instead of showing an empty field as if there were none', () => {
    const html = render({ ...RULE, appliesTo: { ...(RULE.appliesTo as object), validTo: '29/01/2026' } });
    expect(fieldHtml(html, 'rule-2-appliesTo-validTo')).toContain('La fecha «29/01/2026» no se puede leer');
  });
});
