// A child referred to protection with no relative among the candidates is marked in the manifest
// builder and offered no vehicle: the server would refuse them alone.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { Candidate } from '../../api/transit-endpoints';
import { CandidateUnit } from './candidate-unit';

const i18n = testI18n();

const person = (personId: string, givenNames: string, referredChild: boolean): Candidate => ({
  personId,
  familyKey: null,
  relationship: null,
  givenNames,
  surname1: 'Rojas',
  surname2: null,
  sex: null,
  birthDate: null,
  nationality: 'VEN',
  hasDocument: false,
  document: null,
  decidedAt: '2026-12-05T05:00:00.000Z',
  timeZone: 'America/Lima',
  referredChild,
});

const NICO = person('0d0e0000-0000-4000-8000-000000000001', 'Nico', true);
const LUCIA = person('0d0e0000-0000-4000-8000-000000000003', 'Lucía', false);

async function html(members: readonly Candidate[], plate: string, lng: 'es' | 'en' = 'es'): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CandidateUnit
        unit="u1"
        members={members}
        vehicles={[{ plate: 'BUS-1', kind: 'bus', seats: 40 }]}
        plate={plate}
        onPlate={() => undefined}
      />
    </I18nextProvider>,
  );
}

const selectOf = (markup: string) => /<select[^>]*>/.exec(markup)?.[0] ?? '';

describe('CandidateUnit', () => {
  it.each([
    ['es', 'Derivación a protección: solo viaja con su familia, que no está entre los candidatos'],
    ['en', 'Referred to protection: rides only with their family, who are not among the candidates'],
  ] as const)(
    'marks a referred child with no relative among the candidates, and offers no vehicle (%s)',
    async (lng, mark) => {
      const markup = await html([NICO], '', lng);
      expect(markup).toContain(mark);
      expect(selectOf(markup)).toContain('disabled');
      expect(selectOf(markup)).toContain('aria-describedby="candidate-u1-alone"');
    },
  );

  it('lets a referred child already seated be taken off the manifest', async () => {
    expect(selectOf(await html([NICO], 'BUS-1'))).not.toContain('disabled');
  });

  it.each([
    ['a referred child with their family', [NICO, LUCIA]],
    ['a person not referred', [LUCIA]],
  ])('neither marks nor closes %s', async (_, members) => {
    const markup = await html(members, '');
    expect(markup).not.toContain('data-testid="child-alone"');
    expect(selectOf(markup)).not.toContain('disabled');
  });
});
