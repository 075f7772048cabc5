// The dashboard's charts from published figures (a partner's view): a figure of 1 to 4 people, or one
// withheld, draws no bar, and says "<5" or "x" where its bar would be and in its tooltip.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import {
  PARTNER_NATIONALITIES,
  type PublishedFigure,
  publishedDay,
} from '../../../../test/support/published-figures';
import { dashboardKey } from '../../../domain/reports';
import { legendOf, PALETTE } from '../../components/chart';
import { figureSource } from './dashboard-api';
import { allWithheld } from './dashboard-chart-set';
import {
  ageSexFigures,
  ageSexOption,
  daysOption,
  decisionsOption,
  hoursOption,
  nationalitiesOption,
} from './dashboard-charts';

const { t } = testI18n();

const published = (figures: Record<string, PublishedFigure>) =>
  publishedDay(figures, { from: '2025-11-21', date: '2025-11-27' });

type Series = {
  data: unknown[];
  tooltip: { valueFormatter: (v: unknown, i: number) => string };
};
const seriesOf = (option: { series?: unknown }) => option.series as Series[];
const names = (option: { yAxis?: unknown }) => (option.yAxis as { data: string[] }).data;
const words = () => ({ t, number: new Intl.NumberFormat('es') });

describe('the charts of published figures', () => {
  const source = figureSource(
    published({
      ...PARTNER_NATIONALITIES,
      refused: 'small',
      held: 0,
      'age:child:5-11:F': 'small',
    }),
  );

  it('draw no bar for a figure not shown, and write "<5" or "x" where it would stand', () => {
    const option = nationalitiesOption(words(), source, (code) => `país ${code}`);
    expect(names(option)).toEqual(['país VEN', 'país HTI', 'país COL', 'Otras nacionalidades']);
    const [bars] = seriesOf(option);
    expect(bars?.data).toEqual([
      1200,
      { value: 0, label: { show: true, position: 'right', formatter: '<5' } },
      { value: 0, label: { show: true, position: 'right', formatter: 'x' } },
      9,
    ]);
    expect([0, 1, 2].map((i) => bars?.tooltip.valueFormatter(null, i))).toEqual(['1200', '<5', 'x']);
  });

  it('name a decision of a few people, and leave out one of none', () => {
    const option = decisionsOption(words(), source);
    expect(names(option)).toEqual(['Admitidos', 'Rechazados']);
    expect(seriesOf(option)[0]?.tooltip.valueFormatter(null, 1)).toBe('<5');
  });

  it('leave a gap in a stack, which the tooltip explains', () => {
    const girls = seriesOf(ageSexOption(words(), source))[0];
    expect(girls?.data[1]).toBe('-');
    expect(girls?.tooltip.valueFormatter(null, 1)).toBe('<5');
  });
});

describe("the hours chart of a partner's quiet day", () => {
  // A few people at many hours, both ways: the marks crowd on a phone, and every one must be drawn.
  const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
  const figures = Object.fromEntries(
    hours.flatMap((h, i) => [
      [dashboardKey.hour(h, 'entry'), i % 3 === 0 ? 12 : 'small'],
      [dashboardKey.hour(h, 'exit'), i % 4 === 0 ? 'withheld' : 'small'],
    ]),
  ) as Record<string, number | 'small' | 'withheld'>;
  const option = hoursOption(words(), figureSource(published(figures)));
  type Marked = { label?: { show?: boolean; formatter?: string; position?: string; distance?: number } };
  const marks = (series: Series | undefined) =>
    (series?.data ?? []).flatMap((d) => (typeof d === 'object' && d !== null ? [(d as Marked).label] : []));

  it('writes every "<5" and "x" where its bar would stand, and lets none be hidden for crowding', () => {
    const [entries, exits] = seriesOf(option);
    const shown = [...marks(entries), ...marks(exits)]
      .filter((l) => l?.show === true)
      .map((l) => l?.formatter);
    const expected = Object.values(figures).filter((v) => typeof v !== 'number');
    expect(shown).toHaveLength(expected.length);
    expect(shown.filter((f) => f === '<5')).toHaveLength(expected.filter((v) => v === 'small').length);
    for (const series of option.series as { labelLayout?: unknown }[]) {
      expect(series.labelLayout).toBeUndefined();
    }
  });

  it("stands an hour's exit marks above its entry marks, so that the two never cover each other", () => {
    const [entries, exits] = seriesOf(option).map((s) => marks(s)[0]);
    expect(entries?.position).toBe('top');
    expect(exits?.distance).toBeGreaterThan(entries?.distance ?? Number.POSITIVE_INFINITY);
  });
});

describe("the days chart of a partner's week", () => {
  // The figure published's date is 2025-11-27, from 2025-11-21: seven days.
  const span = { from: '2025-11-21', date: '2025-11-27', today: '2025-11-27' };
  const option = daysOption(
    words(),
    figureSource(
      published({
        [dashboardKey.day('2025-11-23', 'entry', span.date)]: 'small',
        [dashboardKey.day('2025-11-24', 'entry', span.date)]: 40,
        [dashboardKey.day('2025-11-24', 'exit', span.date)]: 'withheld',
        [dashboardKey.day('2025-11-25', 'exit', span.date)]: 7,
      }),
    ),
    span,
    'es',
  );
  type Marks = { markPoint?: { data: { coord: [number, number]; label: { formatter: string } }[] } };
  const marksOf = (n: number) =>
    ((option.series as Marks[])[n]?.markPoint?.data ?? []).map((d) => [d.coord, d.label.formatter]);

  it('leaves a gap where a day is not shown, and writes "<5" or "x" there, a day with no one at 0', () => {
    const [entries, exits] = seriesOf(option);
    expect(entries?.data).toEqual([0, 0, '-', 40, 0, 0, 0]);
    expect(exits?.data).toEqual([0, 0, 0, '-', 7, 0, 0]);
    expect(marksOf(0)).toEqual([[[2, 0], '<5']]);
    expect(marksOf(1)).toEqual([[[3, 0], 'x']]);
    expect(entries?.tooltip.valueFormatter(null, 2)).toBe('<5');
  });
});

describe('the legends of the charts of several series', () => {
  it('name each series with the colour ECharts gives it, in order', () => {
    const source = figureSource(published({}));
    expect(legendOf(ageSexOption(words(), source))).toEqual([
      { name: 'Mujeres', color: PALETTE[0] },
      { name: 'Hombres', color: PALETTE[1] },
      { name: 'No especificado (X)', color: PALETTE[2] },
      { name: 'Sin dato', color: PALETTE[3] },
    ]);
    expect(legendOf(hoursOption(words(), source)).map((e) => e.name)).toEqual(['Entrada', 'Salida']);
    expect(legendOf(decisionsOption(words(), source))).toEqual([]);
  });
});

describe('a chart whose every figure is withheld', () => {
  const ageSex = (figures: Record<string, number | 'small' | 'withheld'>) =>
    allWithheld(ageSexFigures(t, figureSource(published(figures))));

  it('is told apart from one with something to draw, and from a day with no one', () => {
    const women = dashboardKey.age('adult', '18-59', 'F');
    const men = dashboardKey.age('adult', '18-59', 'M');
    expect(ageSex({ [women]: 'small', [men]: 'withheld' })).toBe(true);
    expect(ageSex({ [women]: 'small', [men]: 12 })).toBe(false);
    // Nothing counted: the page says the day is empty instead.
    expect(ageSex({ [women]: 0 })).toBe(false);
  });
});
