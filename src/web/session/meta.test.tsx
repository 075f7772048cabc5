// A page opened offline keeps the DEMO banner and the operation's name from the last answer the
// device received; with nothing kept (or something damaged kept) it shows neither.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { DemoBanner } from '../components/demo-banner';
import { keptMeta, MetaProvider, useMeta } from './meta';

const i18n = testI18n();

function storage(kept: string | null) {
  vi.stubGlobal('window', { localStorage: { getItem: () => kept, setItem: vi.fn() } });
}

function OperationName() {
  return <span>{useMeta()?.operationName ?? 'sin nombre'}</span>;
}

// Rendered once, before any answer: as a page is offline, where the request fails.
const page = () =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MetaProvider>
        <DemoBanner />
        <OperationName />
      </MetaProvider>
    </I18nextProvider>,
  );

const DEMO = { version: '1.0.0', demo: true, operationName: 'Emergencia Tacna–Arica 2025' };

describe('the server meta kept on the device', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the DEMO banner and the operation name kept from the last answer', () => {
    storage(JSON.stringify(DEMO));
    const out = page();
    expect(out).toContain('data-testid="demo-banner"');
    expect(out).toContain('Emergencia Tacna–Arica 2025');
  });

  it.each([
    ['nothing kept', null],
    ['damaged', '{"demo":'],
    ['another shape', '{"demo":"yes"}'],
  ])('shows neither when what is kept is %s', (_what, kept) => {
    storage(kept);
    expect(keptMeta()).toBeNull();
    const out = page();
    expect(out).not.toContain('demo-banner');
    expect(out).toContain('sin nombre');
  });
});
