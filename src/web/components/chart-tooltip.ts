// A chart's tooltip as markup styled by chart.css. ECharts' own tooltip sets every colour, gap and
// float in style attributes, which the page's security policy (style-src 'self') refuses: the
// dashboard's tooltips lost their colour markers and the space between a series' name and its value
// ("Entrada5"). Here each colour is a class of the palette's and the name and value have a separator.

/** One line of a tooltip: a series' name (none for a chart of one series), its value and colour. */
export interface TooltipRow {
  readonly name: string | undefined;
  readonly value: string;
  readonly color: string | undefined;
}

/** What a tooltip says: its heading (the category or hour pointed at) and a line per series. */
export interface TooltipContent {
  readonly title: string | undefined;
  readonly rows: readonly TooltipRow[];
}

const escapeHtml = (s: string) =>
  s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The marker's classes: its palette colour's class, or none (a neutral grey) for another colour. */
export function markerClass(color: string | undefined, palette: readonly string[]): string {
  const index = color === undefined ? -1 : palette.findIndex((c) => c.toLowerCase() === color.toLowerCase());
  return index < 0 ? 'chart-marker' : `chart-marker chart-marker-${index}`;
}

/** The tooltip's markup: no style attribute, only classes of chart.css. */
export function tooltipMarkup(content: TooltipContent, palette: readonly string[]): string {
  const title =
    content.title === undefined || content.title === ''
      ? ''
      : `<div class="chart-tip-title">${escapeHtml(content.title)}</div>`;
  const rows = content.rows.map((row) => {
    const marker = `<span class="${markerClass(row.color, palette)}"></span>`;
    const name =
      row.name === undefined || row.name === ''
        ? ''
        : `<span class="chart-tip-name">${escapeHtml(row.name)}</span><span class="chart-tip-sep">: </span>`;
    return `<div class="chart-tip-row">${marker}${name}<span class="chart-tip-value">${escapeHtml(row.value)}</span></div>`;
  });
  return `<div class="chart-tip">${title}${rows.join('')}</div>`;
}

type ValueFormatter = (value: unknown, dataIndex: number) => string;

/** What the tooltip needs of a chart's option: its series' names and value formatters. */
export interface TooltipSource {
  readonly series: readonly {
    readonly name?: unknown;
    readonly tooltip?: { readonly valueFormatter?: unknown };
  }[];
  readonly valueFormatter?: unknown;
}

const asRecord = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : {};
const asFormatter = (f: unknown): ValueFormatter | undefined =>
  typeof f === 'function' ? (f as ValueFormatter) : undefined;
const text = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined;

/**
 * The content of a tooltip from ECharts' parameters: for an axis, its label and a line per series;
 * for one item, its series' name and the item's. A value is written by its series' valueFormatter,
 * else by the tooltip's, else as ECharts gives it ('-' for none).
 */
export function tooltipContent(params: unknown, source: TooltipSource): TooltipContent {
  const items = (Array.isArray(params) ? params : [params]).map(asRecord);
  const rows = items.map((p): TooltipRow & { readonly category: string | undefined } => {
    const index = typeof p.seriesIndex === 'number' ? p.seriesIndex : -1;
    const series = source.series[index];
    const named = typeof series?.name === 'string' && series.name !== '';
    const format = asFormatter(series?.tooltip?.valueFormatter) ?? asFormatter(source.valueFormatter);
    const dataIndex = typeof p.dataIndex === 'number' ? p.dataIndex : -1;
    return {
      name: named ? text(p.seriesName) : undefined,
      value: format === undefined ? (text(p.value) ?? '-') : format(p.value, dataIndex),
      color: typeof p.color === 'string' ? p.color : undefined,
      category: text(p.axisValueLabel) ?? text(p.name),
    };
  });
  const first = rows[0];
  if (Array.isArray(params)) {
    return { title: first?.category, rows: rows.map(({ category: _, ...row }) => row) };
  }
  // One item: its series names the tooltip, the item the line.
  return {
    title: first?.name,
    rows: rows.map(({ category, ...row }) => ({ ...row, name: category })),
  };
}
