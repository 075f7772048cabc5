// One ECharts chart, drawn as SVG: only the chart types and components the app uses are loaded
// (echarts/core), so the bundle stays small. The chart follows its box's size.

import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart, LineChart } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  MarkPointComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import {
  AriaComponent,
  GridComponent,
  LegendComponent,
  MarkPointComponent,
  TooltipComponent,
} from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { type TooltipSource, tooltipContent, tooltipMarkup } from './chart-tooltip';
import './chart.css';

use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  MarkPointComponent,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
  | MarkPointComponentOption
>;

export const PALETTE = ['#1f6f8b', '#e07a1f', '#5b8c3a', '#a23b72', '#6c6f7d', '#c9a227'];

export interface LegendEntry {
  readonly name: string;
  readonly color: string;
}

const seriesList = (option: ChartOption) =>
  (Array.isArray(option.series) ? option.series : option.series ? [option.series] : []) as readonly {
    readonly name?: unknown;
    readonly color?: unknown;
    readonly itemStyle?: { readonly color?: unknown };
    readonly tooltip?: { readonly valueFormatter?: unknown };
  }[];

/**
 * The legend of a chart that asks for one, as the page writes it above the plot: each series' name
 * (or the names the legend lists) with its colour, a series' own or the palette's in the order
 * ECharts gives them (one per name). Written in the page, it wraps on a phone instead of covering
 * the plot, as ECharts' own legend, drawn inside the chart, did.
 */
export function legendOf(option: ChartOption): LegendEntry[] {
  const legend = Array.isArray(option.legend) ? option.legend[0] : option.legend;
  if (legend === undefined || legend.show === false) return [];
  const colors = new Map<string, string>();
  for (const series of seriesList(option)) {
    const name = typeof series.name === 'string' ? series.name : undefined;
    if (name === undefined || colors.has(name)) continue;
    const own = series.itemStyle?.color ?? series.color;
    colors.set(name, typeof own === 'string' ? own : (PALETTE[colors.size % PALETTE.length] ?? '#000'));
  }
  const names = Array.isArray(legend.data)
    ? legend.data.flatMap((d) => (typeof d === 'string' ? [d] : typeof d?.name === 'string' ? [d.name] : []))
    : [...colors.keys()];
  return names.flatMap((name) => {
    const color = colors.get(name);
    return color === undefined ? [] : [{ name, color }];
  });
}

type TooltipOption = Exclude<NonNullable<ChartOption['tooltip']>, readonly unknown[]>;

// A tooltip written as chart-tooltip.ts writes it, in classes of chart.css: ECharts' own markup is
// styled inline, which the page's security policy refuses. A page that writes its own keeps it.
function styledTooltip(option: ChartOption, tooltip: TooltipOption): TooltipOption {
  if (tooltip.formatter !== undefined) return tooltip;
  const source: TooltipSource = { series: seriesList(option), valueFormatter: tooltip.valueFormatter };
  return { ...tooltip, formatter: (params) => tooltipMarkup(tooltipContent(params, source), PALETTE) };
}

/**
 * The option as the chart is drawn: the app's colours, no animation, the legend written in the page,
 * the tooltip in the page's classes.
 */
export const drawnOption = (option: ChartOption): ChartOption => ({
  color: PALETTE,
  animation: false,
  ...option,
  legend: { show: false },
  ...(option.tooltip !== undefined && {
    tooltip: Array.isArray(option.tooltip)
      ? option.tooltip.map((t: TooltipOption) => styledTooltip(option, t))
      : styledTooltip(option, option.tooltip as TooltipOption),
  }),
  // ECharts' own description is English whatever the page's language, and reads a figure drawn as no
  // bar ("<5") as 0: the chart's name for screen readers is the label its page writes.
  aria: { enabled: false },
});

export function Chart({
  option,
  label,
  testId,
}: {
  readonly option: ChartOption;
  /** What screen readers hear for the chart: its name and its figures, in the page's language. */
  readonly label: string;
  readonly testId: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (element === null) return;
    const instance = init(element, undefined, { renderer: 'svg' });
    chart.current = instance;
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  const legend = legendOf(option);
  useEffect(() => {
    chart.current?.setOption(drawnOption(option), { notMerge: true });
  }, [option]);

  return (
    <div className="chart-frame">
      {legend.length === 0 ? null : (
        <ul className="chart-legend" data-testid={`${testId}-legend`}>
          {legend.map((entry) => (
            <li key={entry.name}>
              <span className="chart-swatch" style={{ background: entry.color }} aria-hidden="true" />
              {entry.name}
            </li>
          ))}
        </ul>
      )}
      <div className="chart" ref={box} role="img" aria-label={label} data-testid={testId} />
    </div>
  );
}
