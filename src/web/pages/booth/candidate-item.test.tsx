// An earlier registration at a booth names the booth by its code, kept on one line: on a phone the
// sentence wraps, and PE-SANTA-ROSA-C1 split at a hyphen read as two codes.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { CandidateItem } from './candidate-item';

// As the app sets it up: React escapes what it renders.
const i18n = testI18n({ interpolation: { escapeValue: false } });

const candidate = (
  boothCode: string | null,
  decision: string | null = null,
  direction: string | null = null,
) => ({
  personId: 'p1',
  registrationId: 'r1',
  at: '2025-11-26T20:00:00.000Z',
  checkpointName: 'Complejo Fronterizo Santa Rosa',
  boothCode,
  givenNames: 'LUIS ALBERTO',
  surname1: 'RODRIGUEZ',
  surname2: 'MARQUEZ',
  birthDate: '1988-07-02',
  decision,
  direction,
  probability: 0.97,
});

const render = (boothCode: string | null, decision: string | null = null, direction: string | null = null) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <CandidateItem candidate={candidate(boothCode, decision, direction)} timeZone="America/Lima" />
    </I18nextProvider>,
  );

describe('CandidateItem', () => {
  it('keeps the booth’s code on one line inside the sentence', () => {
    const html = render('PE-SANTA-ROSA-C1');
    expect(html).toContain('caseta <span class="nowrap">PE-SANTA-ROSA-C1</span>.');
    expect(html).toContain('el 26/11 a las 15:00 en Complejo Fronterizo Santa Rosa');
  });

  it('says the place alone when the registration was made at no booth', () => {
    expect(render(null)).not.toContain('nowrap');
  });

  it('says what was decided at that crossing, and in which direction', () => {
    expect(render('SR-03', 'refused', 'entry')).toContain('Decisión registrada');
    expect(render('SR-03', 'refused', 'entry')).toContain('Entrada · Rechazo');
    expect(render('SR-03', 'admitted-transit', null)).toContain('Admisión en tránsito');
    // A registration without a crossing, or a crossing voided since, says nothing of a decision.
    expect(render('SR-03')).not.toContain('Decisión registrada');
  });

  it('labels the name as the person record reads it, which follows corrections', () => {
    expect(render('SR-03')).toContain('Nombre completo');
    expect(render('SR-03')).not.toContain('tal como se escribió');
  });
});
