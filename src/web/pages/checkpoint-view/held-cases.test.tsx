// Why a held person waits, on their card in the supervisor's view: a watchlist match nobody has
// reviewed, the officer's reason, the rule's advice, or that none was given.
import i18next from 'i18next';
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it } from 'vitest';
import type { HeldCase } from '../../api/views-endpoints';
import { ES } from '../../i18n/catalogues';
import { HeldWhy } from './held-cases';

const i18n = i18next.createInstance();
beforeAll(async () => {
  await i18n.use(initReactI18next).init({ resources: { es: { translation: ES } }, lng: 'es' });
});

const NONE: HeldCase['why'] = {
  screening: false,
  officerReason: null,
  policyReferred: false,
  legalBasis: null,
};
const render = (why: Partial<HeldCase['why']>) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <HeldWhy why={{ ...NONE, ...why }} />
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('HeldWhy', () => {
  it('says a match waits for review, with no empty list under it', () => {
    const html = render({ screening: true });
    expect(html).toContain('held-why-screening');
    expect(html).not.toContain('<dl');
  });

  it("gives the officer's reason, also under a match", () => {
    const html = render({ screening: true, officerReason: 'Documento dudoso' });
    expect(html).toContain('held-why-screening');
    expect(html).toMatch(/<dl[^>]*>.*Documento dudoso.*<\/dl>/);
  });

  it('says that no reason was given when there is none', () => {
    expect(render({})).toContain(i18n.t('overview.held.whyNone'));
  });
});
