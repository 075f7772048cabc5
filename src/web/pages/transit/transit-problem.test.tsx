// A refused convoy log entry or manifest is explained in the reader's language: the rule the server
// names in `reason`, not its English detail (which names people by id).
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { toProblem } from '../../api/problem';
import { TransitProblem } from './transit-problem';

const i18n = testI18n();

// The answer as the API sends it (src/server/transit/routes.ts), read as the web app reads it.
const refusal = (code: string, reason: string, detail: string) =>
  toProblem(409, { type: 't', title: 'x', status: 409, code, detail, reason });

async function html(problem: ReturnType<typeof toProblem>, lng: 'es' | 'en'): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <TransitProblem problem={problem} />
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

  it('shows the server detail for a rule it does not know', async () => {
    const shown = await html(refusal('transit.sequence', 'sequence.new-rule', 'A newer rule.'), 'es');
    expect(shown).toContain('A newer rule.');
  });
});
