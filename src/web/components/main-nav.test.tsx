// The menu's links between the pages that work at a place carry the checkpoint and booth chosen.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import type { Role } from '../api/types';
import { linkTo, MainNav } from './main-nav';

const i18n = testI18n();
// A user's role, not an ARIA one: given as a value, as the app's layout gives it.
const supervisor: Role = 'supervisor';

const hrefsAt = (address: string): Record<string, string> => {
  const html = renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter initialEntries={[address]}>
        <MainNav role={supervisor} />
      </MemoryRouter>
    </I18nextProvider>,
  );
  const out: Record<string, string> = {};
  for (const [, href, label] of html.matchAll(/<a[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/g))
    out[label ?? ''] = (href ?? '').replaceAll('&amp;', '&');
  return out;
};

describe('the menu', () => {
  it('takes the booth’s checkpoint and booth to tally mode and back, and the checkpoint to its view', () => {
    const links = hrefsAt('/booth?checkpoint=PE-SANTA-ROSA&booth=B2');
    expect(links[i18n.t('nav.tally')]).toBe('/tally?checkpoint=PE-SANTA-ROSA&booth=B2');
    expect(links[i18n.t('nav.booth')]).toBe('/booth?checkpoint=PE-SANTA-ROSA&booth=B2');
    expect(links[i18n.t('nav.checkpointView')]).toBe('/checkpoint-view?checkpoint=PE-SANTA-ROSA');
    // Pages that do not work at a place get their plain address.
    expect(links[i18n.t('dashboard.nav')]).toBe('/dashboard');
    expect(links[i18n.t('nav.home')]).toBe('/');
  });

  it('carries nothing from a page whose address names no place, or names a filter', () => {
    expect(hrefsAt('/booth')[i18n.t('nav.tally')]).toBe('/tally');
    expect(hrefsAt('/dashboard?checkpoint=CL-CHACALLUTA')[i18n.t('nav.tally')]).toBe('/tally');
  });

  it('leaves out what the page it links to does not read', () => {
    const current = new URLSearchParams({ checkpoint: 'CL-CHACALLUTA', booth: 'C1', nationality: 'VEN' });
    expect(linkTo('/tally', current)).toEqual({
      pathname: '/tally',
      search: '?checkpoint=CL-CHACALLUTA&booth=C1',
    });
    expect(linkTo('/checkpoint-view', current)).toEqual({
      pathname: '/checkpoint-view',
      search: '?checkpoint=CL-CHACALLUTA',
    });
    expect(linkTo('/reports', current)).toBe('/reports');
  });
});
