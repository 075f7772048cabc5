// Every chart's tooltip as Chart draws it: markup in classes of chart.css, never a style attribute
// (the page's security policy refuses them), each series' name and value apart and its colour by class.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type ChartOption, drawnOption, PALETTE } from './chart';
import { markerClass, tooltipMarkup } from './chart-tooltip';

type Formatter = (params: unknown) => string;
const formatterOf = (option: ChartOption): Formatter =>
  (drawnOption(option).tooltip as { formatter: Formatter }).formatter;

// The tooltip's text as a reader sees it, parts apart: each tag becomes '|', or a run of tags one.
const tagged = (markup: string, run = true) =>
  markup
    .replace(run ? /(<[^>]+>)+/g : /<[^>]+>/g, '|')
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&');

// As ECharts gives an axis tooltip its parameters: one per series at the hour pointed at.
const atHour = (values: readonly unknown[], names: readonly string[]) =>
  values.map((value, i) => ({
    seriesIndex: i,
    seriesName: names[i],
    dataIndex: 5,
    name: '05',
    axisValueLabel: '05',
    value,
    color: PALETTE[i],
  }));

describe("a chart's tooltip", () => {
  const hours: ChartOption = {
    tooltip: { trigger: 'axis' },
    legend: {},
    series: [
      { type: 'bar', name: 'Entrada', data: [] },
      // A figure not shown says so, as the dashboard's series do.
      { type: 'bar', name: 'Salida', data: [], tooltip: { valueFormatter: () => '<5' } },
    ],
  };

  it('names each series, its value after a separator and its colour by class, with no style attribute', () => {
    const markup = formatterOf(hours)(atHour([1200, 0], ['Entrada', 'Salida']));
    expect(markup).not.toMatch(/style=/);
    expect(tagged(markup)).toBe('|05|Entrada|: |1200|Salida|: |<5|');
    expect(markup).toContain(
      '<span class="chart-marker chart-marker-0"></span><span class="chart-tip-name">Entrada',
    );
    expect(markup).toContain(
      '<span class="chart-marker chart-marker-1"></span><span class="chart-tip-name">Salida',
    );
  });

  it('gives a chart of one unnamed series its category as heading and the value alone', () => {
    const bars: ChartOption = {
      tooltip: { trigger: 'axis' },
      series: [{ type: 'bar', data: [], tooltip: { valueFormatter: (_, i) => `n.º ${i}` } }],
    };
    const markup = formatterOf(bars)([
      {
        seriesIndex: 0,
        seriesName: 'series\u00000',
        dataIndex: 3,
        name: 'Venezuela',
        value: 9,
        color: PALETTE[3],
      },
    ]);
    expect(tagged(markup)).toBe('|Venezuela|n.º 3|');
    expect(markup).toContain('chart-marker chart-marker-3');
  });

  it("keeps a page's own formatter", () => {
    const own = () => 'own';
    const drawn = drawnOption({ tooltip: { trigger: 'axis', formatter: own }, series: [] });
    expect((drawn.tooltip as { formatter: unknown }).formatter).toBe(own);
  });

  // Any text but the test's own separator.
  const text = fc.string().filter((s) => !s.includes('|'));

  it('draws a colour outside the palette grey, and never writes markup it was given as text', () => {
    expect(markerClass('#123456', PALETTE)).toBe('chart-marker');
    expect(markerClass(PALETTE[2]?.toUpperCase(), PALETTE)).toBe('chart-marker chart-marker-2');
    fc.assert(
      fc.property(
        text,
        text.filter((s) => s !== ''),
        text,
        (title, name, value) => {
          const markup = tooltipMarkup({ title, rows: [{ name, value, color: '#fff' }] }, PALETTE);
          expect(markup.match(/<[a-z]/g)?.length).toBe(title === '' ? 6 : 7);
          expect(tagged(markup, false)).toContain(`|${name}||: ||${value}|`);
        },
      ),
    );
  });

  it("has a marker class in chart.css for each colour of the palette, in the palette's order", () => {
    const css = readFileSync(join(import.meta.dirname, 'chart.css'), 'utf8');
    const drawn = [...css.matchAll(/\.chart-marker-(\d+)\s*\{\s*background:\s*(#[0-9a-f]{6});/gi)].map(
      (m) => [Number(m[1]), m[2]],
    );
    expect(drawn).toEqual(PALETTE.map((color, i) => [i, color]));
  });
});
