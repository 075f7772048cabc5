// What screen readers hear for the dashboard's charts, in Spanish and in English: each chart's title
// and its figures as the page shows them; for partners "<5" as "fewer than five" and "x" as withheld,
// never the 0 the chart draws in their place.
import { describe, expect, it } from 'vitest';
import { PARTNER_NATIONALITIES, publishedDay } from '../../../../test/support/published-figures';
import { translators } from '../../../../test/support/translators';
import { figureSource } from './dashboard-api';
import { chartsOf } from './dashboard-chart-set';

const translator = translators();

// A partner's day: Venezuela and the rest published, Haiti "<5", Colombia withheld.
const partners = figureSource(
  publishedDay(
    {
      ...PARTNER_NATIONALITIES,
      'decision:referred-protection': 'small',
      refused: 0,
      held: 0,
      'hour:07:entry': 'small',
      'hour:09:entry': 1206,
      'hour:09:exit': 'withheld',
      'vulnerability:trafficking-risk': 'small',
      'day:2026-12-02:entry': 40,
      'day:2026-12-03:entry': 'small',
      entries: 1209,
      'day:2026-12-02:exit': 0,
      'day:2026-12-03:exit': 0,
      exits: 'withheld',
    },
    { from: '2026-12-02', date: '2026-12-04', asOf: '2026-12-05T06:00:00Z' },
  ),
);

const descriptions = (lng: 'es' | 'en', today = '2026-12-05') => {
  const t = translator[lng];
  const countries: Record<string, string> = { VEN: 'Venezuela', HTI: 'Haití', COL: 'Colombia' };
  const charts = chartsOf(
    { t, number: new Intl.NumberFormat(lng) },
    partners,
    { from: '2026-12-02', date: '2026-12-04', today },
    { locale: lng, countryName: (code) => countries[code] ?? code, days: 3 },
  );
  return Object.fromEntries(Object.entries(charts).map(([name, chart]) => [name, chart.description]));
};

describe('the descriptions of the dashboard charts', () => {
  it('say each figure in Spanish, "<5" as "menos de cinco" and "x" as withheld', () => {
    const said = descriptions('es');
    expect(said.nationalities).toBe(
      'Nacionalidades. Venezuela, 1200; Haití, menos de cinco; Colombia, cifra reservada; Otras nacionalidades, 9.',
    );
    expect(said.decisions).toBe('Decisiones. Admitidos, 1209; Derivados a protección, menos de cinco.');
    expect(said.hours).toBe(
      'Entradas y salidas por hora. Entrada: a las 07 h, menos de cinco; a las 09 h, 1206. Salida: a las 09 h, cifra reservada.',
    );
    expect(said.vulnerabilities).toBe(
      'Situaciones de vulnerabilidad (agregadas). Riesgo de trata, menos de cinco.',
    );
    expect(said.ageSex).toBe(
      'Edad y sexo. Mujeres: ninguno. Hombres: ninguno. No especificado (X): ninguno. Sin dato: ninguno.',
    );
  });

  it('say the days by name, with the days of none, and today as today', () => {
    expect(descriptions('es').days).toBe(
      'El día frente a los 2 días anteriores. Entrada: miércoles, 2 de diciembre, 40; jueves, 3 de diciembre, menos de cinco; viernes, 4 de diciembre, 1209. ' +
        'Salida: miércoles, 2 de diciembre, 0; jueves, 3 de diciembre, 0; viernes, 4 de diciembre, cifra reservada.',
    );
    expect(descriptions('es', '2026-12-04').days).toContain(
      'jueves, 3 de diciembre, menos de cinco; Hoy, 1209.',
    );
  });

  it('say them in English in an English page', () => {
    const said = descriptions('en');
    expect(said.nationalities).toBe(
      'Nationalities. Venezuela, 1,200; Haití, fewer than five; Colombia, withheld; Other nationalities, 9.',
    );
    expect(said.hours).toBe(
      'Entries and exits by hour. Entry: at 07:00, fewer than five; at 09:00, 1,206. Exit: at 09:00, withheld.',
    );
    expect(said.vulnerabilities).toBe('Vulnerabilities (aggregated). Trafficking risk, fewer than five.');
  });
});
