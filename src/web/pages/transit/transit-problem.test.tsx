// A refused convoy log entry or manifest is explained in the reader's language: the rule the server
// names in `reason`, not its English detail (which names people by id).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { toProblem } from '../../api/problem';
import { namesIn, TransitProblem } from './transit-problem';

const i18n = testI18n();

// The answer as the API sends it (src/server/transit/routes.ts), read as the web app reads it.
const refusal = (code: string, reason: string, detail: string) =>
  toProblem(409, { type: 't', title: 'x', status: 409, code, detail, reason });

async function html(
  problem: ReturnType<typeof toProblem>,
  lng: 'es' | 'en',
  people?: readonly string[],
): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <TransitProblem problem={problem} people={people} />
    </I18nextProvider>,
  );
}

describe('TransitProblem', () => {
  it.each([
    [
      'transit.sequence',
      'sequence.stop-order',
      'AREQUIPA does not come next on the corridor.',
      'Esa parada no es la siguiente del recorrido',
    ],
    [
      'transit.sequence',
      'sequence.not-on-board',
      '0f0351db-281a-466c-86f7-9664825e10aa is not on board.',
      'Esa persona no está a bordo.',
    ],
    [
      'transit.sequence',
      'sequence.departed-before-passes',
      "The convoy's passes are valid from 2026-12-06T11:00:00.000Z: a departure at …",
      'en cada control del camino se leerían como «Aún no es válido»',
    ],
    [
      'transit.manifest',
      'manifest.child-alone',
      '0f0351db-281a-466c-86f7-9664825e10aa is a child referred to protection and would ride without their family.',
      'viajaría sin su familia',
    ],
    [
      'transit.manifest',
      'manifest.over-seats',
      'Z4K-102 has 20 seats and 21 passengers (children take a seat too).',
      'más pasajeros que asientos',
    ],
  ])('says %s %s in Spanish, without the English detail', async (code, reason, detail, sentence) => {
    const shown = await html(refusal(code, reason, detail), 'es');
    expect(shown).toContain(sentence);
    expect(shown).not.toContain(detail);
  });

  it('says the rule in English for an English reader', async () => {
    const shown = await html(
      refusal('transit.sequence', 'sequence.boarding-incomplete', '3 passengers…'),
      'en',
    );
    expect(shown).toContain('Some passengers have no boarding check');
  });

  it.each([
    ['es', ['Nico Rojas'], 'Nico Rojas tiene una derivación a protección'],
    ['es', ['Nico Rojas', 'Ana Pérez'], 'Nico Rojas y Ana Pérez tienen una derivación a protección'],
    ['en', ['Nico Rojas'], 'Nico Rojas is a child referred to protection'],
    ['en', ['Nico Rojas', 'Ana Pérez'], 'Nico Rojas and Ana Pérez are children referred to protection'],
  ] as const)(
    'names, in %s, the children %j who would ride without their family',
    async (lng, people, words) => {
      const detail =
        '0f0351db-281a-466c-86f7-9664825e10aa is a child referred to protection and would ride …';
      const shown = await html(refusal('transit.manifest', 'manifest.child-alone', detail), lng, people);
      expect(shown).toContain(words);
      expect(shown).not.toContain(detail);
    },
  );

  it('shows the server detail for a rule it does not know', async () => {
    const shown = await html(refusal('transit.sequence', 'sequence.new-rule', 'A newer rule.'), 'es');
    expect(shown).toContain('A newer rule.');
  });
});

describe('namesIn', () => {
  const person = (personId: string, givenNames: string) => ({ personId, givenNames, surname1: 'Rojas' });
  const NICO = person('0d0e0000-0000-4000-8000-000000000001', 'Nico');
  const DIEGO = person('0d0e0000-0000-4000-8000-000000000002', 'Diego');
  const MATEO = person('0d0e0000-0000-4000-8000-000000000004', 'Mateo');

  it('finds, among the people the page has, those a refusal names by id', () => {
    const detail = `${NICO.personId}, ${MATEO.personId} are children referred to protection and would ride …`;
    const problem = refusal('transit.manifest', 'manifest.child-alone', detail);
    expect(namesIn(problem, [NICO, DIEGO, MATEO])).toEqual(['Nico Rojas', 'Mateo Rojas']);
  });

  it('names nobody for no refusal, or one naming someone the page does not have', () => {
    expect(namesIn(null, [NICO])).toEqual([]);
    const problem = refusal('transit.manifest', 'manifest.child-alone', `${MATEO.personId} is a child …`);
    expect(namesIn(problem, [NICO, DIEGO])).toEqual([]);
  });
});
