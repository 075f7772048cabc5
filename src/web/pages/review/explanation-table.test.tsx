// The explanation table as the duplicates page renders it, in Spanish: each values column shows the
// values of the record it is headed by, whichever order the pair was scored in, in the reader's words.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { ExplanationTable } from './explanation-table';
import { comparisonRow, explanationOf } from './test-explanation';

const i18n = testI18n();

const person = (givenNames: string, surname1: string, birthDate: string, nationality: string) => ({
  givenNames,
  surname1,
  surname2: null,
  sex: 'M',
  birthDate,
  nationality,
});
const recordA = person('Carlos Andrés', 'Pérez', '1991-07-02', 'VEN');
const recordB = person('Carlos', 'Perez', '1991', 'COL');

// Scored with record b first, as the store files a pair whose ids sort the other way.
const explanation = explanationOf(
  [
    comparisonRow('givenName', 'token-subset', 'CARLOS', 'CARLOS ANDRES'),
    comparisonRow('birthDate', 'year', '1991', '1991-07-02'),
    comparisonRow('nationality', 'different', 'COL', 'VEN'),
    comparisonRow('sex', 'exact', 'M', 'M'),
  ],
  3,
  0.9,
);

/** The two values cells of each comparison row, in the order the columns are drawn. */
function valueColumns(html: string): string[][] {
  const rows = [...html.matchAll(/<tr data-comparison="[^"]+"[^>]*>(.*?)<\/tr>/g)];
  return rows.map((r) =>
    [...(r[1] ?? '').matchAll(/<td[^>]*>(.*?)<\/td>/g)].slice(1, 3).map((c) => c[1] ?? ''),
  );
}

/** The table of the duplicates page for these two records, as rendered in Spanish. */
const tableOf = (e: typeof explanation) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <ExplanationTable
        explanation={e}
        explanationText={{ es: '', en: '' }}
        leftLabel="Registro A"
        rightLabel="Registro B"
        caption="Por qué"
        records={{ left: recordA, right: recordB }}
      />
    </I18nextProvider>,
  );

describe('ExplanationTable', () => {
  it('shows record A values under record A on the duplicates page', () => {
    const html = tableOf(explanation);
    expect(html).toContain('<th scope="col">Registro A</th><th scope="col">Registro B</th>');
    expect(valueColumns(html)).toEqual([
      ['CARLOS ANDRES', 'CARLOS'],
      // A date as precise as it is, and a sex, in the reader's words: not 1991-07-02 and M.
      ['2 jul 1991', '1991'],
      ['VEN', 'COL'],
      ['Masculino', 'Masculino'],
    ]);
  });
});

describe('the weight of a name counted for its rarity', () => {
  it('says the adjustment is added to the row’s weight, and how the total is made', () => {
    const html = tableOf(
      explanationOf(
        [{ ...comparisonRow('surname', 'exact', 'PEREZ', 'PEREZ'), weight: 6.5, tfAdjustment: 3 }],
        0.3,
        0.5,
      ),
    );
    const cell = /<span[^>]*data-testid="tf-adjustment"[^>]*>(.*?)<\/span>/.exec(html)?.[1];
    expect(cell).toMatch(/^y \+3[.,]0 por ser un nombre poco común$/);
    expect(html).toContain('El total suma el punto de partida, el peso de cada fila');
  });
});
