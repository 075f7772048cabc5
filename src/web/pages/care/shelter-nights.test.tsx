// The last nights of a shelter: a night whose 22:00 cut-off is still ahead says its figure is so far.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { Nights } from './shelter-nights';

const i18n = testI18n();

const night = (date: string, cutoff: string, people: number) => ({
  date,
  cutoff,
  people,
  byKind: { family: people, women: 0, children: 0, general: 0 },
});

describe('Nights', () => {
  it('marks tonight, whose cut-off has not come, as counted so far, and no night before it', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <Nights
          nights={[
            night('2026-12-01', '2026-12-02T03:00:00.000Z', 11),
            night('2026-12-02', '2026-12-03T03:00:00.000Z', 10),
          ]}
          // 02:46 in Tacna on 2 December: last night is over, tonight is not.
          now={Date.parse('2026-12-02T07:46:00.000Z')}
        />
      </I18nextProvider>,
    );
    expect(html).toContain('2 dic 2026</time> (esta noche, hasta ahora)');
    expect(html).toContain('1 dic 2026</time></th>');
  });

  it('writes a night of more than a thousand people with its groups, as every table does', () => {
    const html = renderToStaticMarkup(
      <I18nextProvider i18n={i18n}>
        <Nights
          nights={[night('2026-12-01', '2026-12-02T03:00:00.000Z', 1200)]}
          now={Date.parse('2026-12-02T07:46:00.000Z')}
        />
      </I18nextProvider>,
    );
    expect(html).toContain('<td class="num">1,200</td>');
  });
});
