// A boarding check that would send a child off without any adult of their family (the mother not
// ticked as boarded) says so, naming the child, and the departure waits for what was arranged.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { ConvoyDetail, Passenger } from '../../api/transit-endpoints';
import { BoardingCheck } from './boarding-check';
import { samplePassenger } from './passenger-samples';

const i18n = testI18n();

const passenger = samplePassenger;

const detailOf = (manifest: readonly Passenger[]) =>
  ({ convoy: { id: '0d0f0000-0000-4000-8000-000000000900' }, manifest }) as unknown as ConvoyDetail;

async function html(manifest: readonly Passenger[], lng: 'es' | 'en' = 'es'): Promise<string> {
  await i18n.changeLanguage(lng);
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <BoardingCheck detail={detailOf(manifest)} onLogged={() => undefined} />
    </I18nextProvider>,
  );
}

const departButton = (markup: string) => /<button[^>]*>Registrar salida<\/button>/.exec(markup)?.[0] ?? '';

describe('BoardingCheck', () => {
  it('names the child who would depart without the mother not ticked, and waits for what was arranged', async () => {
    const markup = await html([
      passenger(1, 'Lucía', '1990-05-06', 'no-show'),
      passenger(2, 'Ana', '2016-03-01', 'boarded'),
    ]);
    expect(markup).toContain('data-testid="child-alone-warning"');
    expect(markup).toContain('Si el convoy sale así, Ana Rojas viajaría sin ningún adulto de su familia');
    expect(markup).toContain('Qué se dispuso para la niña o el niño');
    expect(departButton(markup)).toContain('disabled');
  });

  it.each([
    ['the mother boards with her', 'boarded'],
    ['the whole family stays behind', 'no-show'],
  ] as const)('says nothing when %s', async (_, mother) => {
    const markup = await html([
      passenger(1, 'Lucía', '1990-05-06', mother),
      passenger(2, 'Ana', '2016-03-01', mother),
    ]);
    expect(markup).not.toContain('child-alone-warning');
    expect(departButton(markup)).not.toContain('disabled');
  });

  it('takes a son whose 18th birthday is tomorrow in Lima for a child at 23:30 there', async () => {
    // 04:30 UTC on his birthday: on the UTC date he was taken for an adult, and nobody was warned.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-11-29T04:30:00Z'));
    try {
      const markup = await html([
        passenger(1, 'Lucía', '1990-05-06', 'no-show'),
        passenger(2, 'Mateo', '2007-11-29', 'boarded'),
      ]);
      expect(markup).toContain('Si el convoy sale así, Mateo Rojas viajaría sin ningún adulto de su familia');
    } finally {
      vi.useRealTimers();
    }
  });
});
