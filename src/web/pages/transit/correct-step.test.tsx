// Annulling a step can put a child back on the road without an adult of their family (their own
// leaving, after their mother left; the arrival, after she left on the way): the correction form warns
// of it as the step's form would, and the annulment waits for what was arranged for the child.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ConvoyDetail, Passenger } from '../../api/transit-endpoints';
import { CorrectStep } from './correct-step';
import { samplePassenger } from './passenger-samples';

const i18n = testI18n({ interpolation: { escapeValue: false } });

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2025-11-28T17:00:00Z'));
});
afterEach(() => {
  vi.useRealTimers();
});

const id = (n: number) => `0d0f0000-0000-4000-8000-00000000000${n}`;
const passenger = samplePassenger;
const MOTHER_LEFT = passenger(1, 'Lucía', '1990-05-06', 'left');

const detailOf = (
  status: 'departed' | 'arrived',
  manifest: readonly Passenger[],
  event: NonNullable<ConvoyDetail['correctable']>['event'],
) =>
  ({
    convoy: { id: id(9), status },
    corridor: { stops: [{ code: 'NAZCA', name: 'Nazca' }] },
    manifest,
    correctable: { id: id(8), at: '2025-11-28T16:00:00Z', event },
  }) as unknown as ConvoyDetail;

async function html(detail: ConvoyDetail, lng: 'es' | 'en' = 'es'): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CorrectStep detail={detail} onLogged={() => undefined} />
    </I18nextProvider>,
  );
}

const left = (n: number) => ({ kind: 'left' as const, personId: id(n), stop: 'NAZCA', reason: null });

describe('CorrectStep', () => {
  it("warns that annulling a girl's leaving puts her back on board without her mother, who left", async () => {
    const markup = await html(
      detailOf('departed', [MOTHER_LEFT, passenger(2, 'Ana', '2016-03-01', 'left')], left(2)),
    );
    expect(markup).toContain('data-testid="child-alone-warning"');
    expect(markup).toContain(
      'Si se anula este paso, Ana Rojas volvería a viajar sin ningún adulto de su familia a bordo.',
    );
    expect(markup).toContain('<textarea id="correct-child-alone"');
    expect(markup).toContain('Qué se dispuso para la niña o el niño');
  });

  it('warns that annulling the arrival puts a girl back on the road after her mother left on the way', async () => {
    const arrived = { kind: 'arrived' as const, personIds: [id(2)] };
    const markup = await html(
      detailOf('arrived', [MOTHER_LEFT, passenger(2, 'Ana', '2016-03-01', 'arrived')], arrived),
      'en',
    );
    expect(markup).toContain(
      'If this step is annulled, Ana Rojas would be back on the road without any adult of their family on board.',
    );
  });

  it.each([
    ["the mother's leaving, putting her back beside her daughter", left(1), 'left', 'boarded'],
    ["a girl's leaving, her mother on board", left(2), 'boarded', 'left'],
    ['a stop reached', { kind: 'stop-arrived' as const, stop: 'NAZCA', headCount: 2 }, 'left', 'boarded'],
  ] as const)('says nothing when annulling %s', async (_, event, mother, girl) => {
    const markup = await html(
      detailOf(
        'departed',
        [passenger(1, 'Lucía', '1990-05-06', mother), passenger(2, 'Ana', '2016-03-01', girl)],
        event,
      ),
    );
    expect(markup).not.toContain('child-alone-warning');
  });
});
