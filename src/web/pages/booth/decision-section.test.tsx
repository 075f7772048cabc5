// The booth's decision before anything recommends one: an empty form marks no decision (it showed
// "Retener para supervisión" chosen for nobody), and a send without one says, at the decision, that the
// officer must choose it. Once the rules recommend, their decision is the one marked; a refusal's
// ground never is (it showed "Sin documento válido" chosen by nobody): the officer chooses it.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { PolicyDecision } from '../../../domain/documents';
import type { Recommendation } from './decision';
import { DecisionSection } from './decision-section';
import { groupChoiceOf, newSitting, plansOf } from './sitting';
import type { BoothIssue } from './sitting-events';

const ignore = () => undefined;
const NOTHING_YET: Recommendation = { ok: false, reason: 'nothingYet' };
const REFER: Recommendation = {
  ok: true,
  value: {
    outcome: 'refer',
    ruleId: null,
    legalBasis: null,
    description: null,
    rulesetVersion: '1',
  } satisfies PolicyDecision,
};

const REFUSE: Recommendation = {
  ok: true,
  value: {
    outcome: 'refuse',
    ruleId: 'no-document',
    legalBasis: 'Decreto Supremo (demo)',
    description: 'Sin documento de viaje',
    rulesetVersion: '1',
  } satisfies PolicyDecision,
};

const render = (lng: string, recommendation: Recommendation, issues: readonly BoothIssue[] = []) => {
  const sitting = newSitting(() => 'm1');
  return renderToStaticMarkup(
    <I18nextProvider i18n={testI18n({ lng })}>
      <DecisionSection
        plans={plansOf(sitting, [recommendation], 'entry')}
        current={0}
        direction="entry"
        issues={{ m1: issues }}
        choice={groupChoiceOf(sitting, recommendation, 'entry')}
        reason=""
        onChoice={ignore}
        onReason={ignore}
      />
    </I18nextProvider>,
  );
};
const checked = (html: string) =>
  [...html.matchAll(/<input[^>]*type="radio"[^>]*>/g)]
    .map(([input]) => input)
    .filter((input) => / checked=""/.test(input))
    .map((input) => /value="([^"]+)"/.exec(input)?.[1]);

describe('the booth’s decision', () => {
  it('marks none on an empty form', () => {
    const html = render('es', NOTHING_YET);
    expect(html.match(/type="radio"/g)).toHaveLength(5);
    expect(checked(html)).toEqual([]);
  });

  it('marks the one the rules recommend once they do', () => {
    expect(checked(render('es', REFER))).toEqual(['held']);
  });

  it.each([
    ['es', 'Elija la decisión'],
    ['en', 'Choose the decision'],
  ])('says, at the decision, that one must be chosen, in %s', (lng, text) => {
    const html = render(lng, NOTHING_YET, [{ path: 'decision', code: 'decision.required' }]);
    expect(html).toMatch(new RegExp(`<p class="field-error" id="group-decision-error">${text}`));
    expect(html.match(/aria-invalid="true" aria-describedby="group-decision-error"/g)).toHaveLength(5);
  });
});

describe('the ground of a refusal the rules recommend', () => {
  // The options of the ground's select, each with whether it is the one selected.
  const groundOptions = (html: string) => {
    const select = /<select[^>]*id="group-ground"[^>]*>(.*?)<\/select>/.exec(html)?.[1] ?? '';
    return [...select.matchAll(/<option value="([^"]*)"( selected="")?>/g)].map(([, v, on]) => [v, !!on]);
  };

  it('marks the refusal but chooses no ground: the select asks for one', () => {
    const html = render('es', REFUSE);
    expect(checked(html)).toEqual(['refused']);
    const options = groundOptions(html);
    expect(options[0]).toEqual(['', true]);
    expect(options.filter(([, on]) => on)).toHaveLength(1);
    expect(options.map(([v]) => v)).toContain('no-valid-document');
    expect(html).toContain('Elija el motivo…');
    expect(html).toContain(testI18n({ lng: 'es' }).t('booth.decide.groundHint'));
  });

  it.each([
    ['es', 'Un rechazo necesita un motivo de la lista.'],
    ['en', 'A refusal needs a ground from the list.'],
  ])('says at the ground, in %s, that one must be chosen, and marks it for focus', (lng, text) => {
    const html = render(lng, REFUSE, [{ path: 'refusalGround', code: 'refusal.ground-required' }]);
    expect(html).toMatch(new RegExp(`<p class="field-error" id="group-ground-error">${text}</p>`));
    expect(html).toMatch(
      /<select id="group-ground"[^>]*aria-invalid="true" aria-describedby="group-ground-hint group-ground-error"/,
    );
  });
});
