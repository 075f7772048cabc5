// A page frame keeps the markup the pages wrote by hand: the page's div, its title as the heading,
// the lead only where the page has one.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { PageFrame } from './page-frame';

const i18n = testI18n();

const html = (frame: { className?: string; lead?: string }) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <PageFrame testId="colas" title="Colas" {...frame}>
        <p>cuerpo</p>
      </PageFrame>
    </I18nextProvider>,
  );

describe('PageFrame', () => {
  it('heads the page with its title and lead, then its own parts', () => {
    expect(html({ className: 'queues', lead: 'Lo último' })).toBe(
      '<div class="page queues" data-testid="colas"><h1>Colas</h1><p class="lead">Lo último</p><p>cuerpo</p></div>',
    );
  });

  it('writes no lead, and no class but page, where the page has none', () => {
    expect(html({})).toBe('<div class="page" data-testid="colas"><h1>Colas</h1><p>cuerpo</p></div>');
  });
});
