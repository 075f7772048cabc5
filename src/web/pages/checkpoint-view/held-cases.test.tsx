// A held person's card in the supervisor's view: the document they presented, and why they wait: a
// watchlist match nobody has reviewed or one reviewed, the officer's reason, the correction that set
// the hold with its own reason, the rule's advice, or that none was given.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import type { HeldCase, Overview } from '../../api/views-endpoints';
import { HeldCases, HeldWhy } from './held-cases';

// As the app sets it up: React escapes what it renders.
const i18n = testI18n({ interpolation: { escapeValue: false } });

const NONE: HeldCase['why'] = {
  screening: false,
  screeningReview: null,
  officerReason: null,
  correction: null,
  policyReferred: false,
  legalBasis: null,
};
const render = (why: Partial<HeldCase['why']>) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <HeldWhy why={{ ...NONE, ...why }} timeZone="America/Lima" />
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

  it('says who dismissed the match and when, not that the officer gave no reason', () => {
    const html = render({
      screeningReview: {
        outcome: 'dismissed',
        by: 'Supervisora Rivas',
        at: '2026-12-05T05:50:00Z',
        note: null,
      },
    });
    expect(html).not.toContain('held-why-screening');
    expect(html).toContain('Coincidencia descartada por Supervisora Rivas (5 dic 2026, 00:50:00 GMT-5)');
    expect(html).not.toContain(i18n.t('overview.held.whyNone'));
    expect(html).not.toContain('Motivo de la revisión');
  });

  it('gives the reason the match was dismissed for, to the supervisor who decides the case', () => {
    const html = render({
      screeningReview: {
        outcome: 'dismissed',
        by: 'Supervisora Rivas',
        at: '2026-12-05T05:50:00Z',
        note: 'Otra fecha de nacimiento y otro documento',
      },
    });
    expect(html).toMatch(/Motivo de la revisión.*Otra fecha de nacimiento y otro documento/);
  });

  it('gives the reason of the correction that set the hold, made offline, not the officer’s older one', () => {
    const html = render({
      correction: {
        at: '2026-12-05T05:57:24Z',
        by: 'Oficial Quispe',
        offline: true,
        reason: 'Falta acreditar filiación del menor',
      },
    });
    expect(html).toContain(
      'Por corrección de Oficial Quispe, 5 dic 2026, 00:57:24 GMT-5, hecha sin conexión.',
    );
    expect(html).toMatch(/Motivo de la corrección.*Falta acreditar filiación del menor/);
    expect(html).not.toContain(i18n.t('overview.held.whyOfficer'));
  });
});

const HELD: HeldCase = {
  eventId: '0c0a0000-0000-4000-8000-000000000060',
  at: '2026-12-07T06:25:21Z',
  direction: 'entry',
  boothCode: 'SR-02',
  recordedBy: 'Oficial Quispe',
  person: {
    givenNames: 'Rosa',
    surname1: 'Mamani',
    surname2: null,
    sex: 'F',
    birthDate: '1979-08-15',
    nationality: 'BOL',
    age: 47,
  },
  document: { type: 'P', number: 'B4821977', issuingState: 'BOL', expiryDate: null },
  identityBasis: 'document',
  why: { ...NONE, officerReason: 'Documento dudoso' },
};
const markup = (held: HeldCase) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MemoryRouter>
        <HeldCases
          overview={
            {
              checkpoint: { id: 'c', code: 'PE-SANTA-ROSA', name: 'Santa Rosa', timeZone: 'America/Lima' },
              held: [held],
            } as Overview
          }
          onResolved={() => undefined}
        />
      </MemoryRouter>
    </I18nextProvider>,
  );
const renderCases = (held: HeldCase) => markup(held).replace(/<[^>]+>/g, ' ');

describe('HeldCases', () => {
  it('shows the document the held person presented, by type and number, for the supervisor to decide on', () => {
    expect(renderCases(HELD)).toMatch(/Documento presentado\s+Pasaporte B4821977, emitido por BOL/);
  });

  it('asks the reason for the decision as a field of its own, required, saying where it stays', () => {
    const html = markup(HELD);
    const note = `resolve-${HELD.eventId}-note`;
    expect(html).toContain(`<label for="${note}">Motivo de la decisión (obligatorio)</label>`);
    expect(html).toMatch(new RegExp(`<p class="hint" id="${note}-hint">La razón legal u operativa`));
    expect(html).toContain(`<textarea rows="2" maxLength="500" id="${note}"`);
  });

  it('says a held person presented no document, and how their identity was established', () => {
    expect(renderCases({ ...HELD, document: null, identityBasis: 'declared' })).toMatch(
      /Documento presentado\s+Sin documento\. Identidad: Declarada por la persona/,
    );
  });
});
