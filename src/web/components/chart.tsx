// One ECharts chart, drawn as SVG: only the chart types and components the app uses are loaded
// (echarts/core), so the bundle stays small. The chart follows its box's size.

import type { BarSeriesOption, LineSeriesOption } from 'echarts/charts';
import { BarChart, LineChart } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { type ComposeOption, init, use } from 'echarts/core';
import { LabelLayout } from 'echarts/features';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import './chart.css';

// LabelLayout: a label that would overlap another is left out (its tooltip still says it).
use([
  BarChart,
  LineChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  LabelLayout,
  SVGRenderer,
]);

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

export const PALETTE = ['#1f6f8b', '#e07a1f', '#5b8c3a', '#a23b72', '#6c6f7d', '#c9a227'];

export function Chart({
  option,
  label,
  testId,
}: {
  readonly option: ChartOption;
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

  useEffect(() => {
    chart.current?.setOption(
      { color: PALETTE, aria: { enabled: true }, animation: false, ...option },
      { notMerge: true },
    );
  }, [option]);

  return <div className="chart" ref={box} role="img" aria-label={label} data-testid={testId} />;
}
