// A loaded section keeps the markup the pages wrote by hand: heading alone or in a header with its
// action, the lead, the resource as LoadableView shows it, the footer in every state.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import type { Loadable } from '../hooks/use-api-data';
import { LoadedSection } from './loaded-section';

const i18n = testI18n();

type Extra = { action?: string; lead?: string; footer?: string };

function html(state: Loadable<number>, extra: Extra = {}): string {
  return renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <LoadedSection
        id="s"
        title="Título"
        state={state}
        onRetry={() => undefined}
        action={extra.action === undefined ? undefined : <a href="/x">{extra.action}</a>}
        lead={extra.lead === undefined ? undefined : <p>{extra.lead}</p>}
        footer={extra.footer === undefined ? undefined : <p>{extra.footer}</p>}
      >
        {(n) => <p>valor {n}</p>}
      </LoadedSection>
    </I18nextProvider>,
  );
}

describe('LoadedSection', () => {
  it('labels the section by its heading and shows the value once loaded', () => {
    expect(html({ status: 'ok', value: 3 })).toBe(
      '<section aria-labelledby="s"><h2 id="s">Título</h2><p>valor 3</p></section>',
    );
  });

  it('puts the heading and its action in a section header', () => {
    expect(html({ status: 'ok', value: 3 }, { action: 'Ver' })).toBe(
      '<section aria-labelledby="s"><div class="section-header"><h2 id="s">Título</h2><a href="/x">Ver</a></div><p>valor 3</p></section>',
    );
  });

  it('says its lead under the heading, before the resource', () => {
    expect(html({ status: 'ok', value: 3 }, { lead: 'regla' })).toBe(
      '<section aria-labelledby="s"><h2 id="s">Título</h2><p>regla</p><p>valor 3</p></section>',
    );
  });

  it('shows the footer while the resource is still loading', () => {
    const out = html({ status: 'loading' }, { footer: 'nota' });
    expect(out).toContain('role="status"');
    expect(out).toMatch(/<p>nota<\/p><\/section>$/);
  });
});
