// Decrees and their extensions on a time axis, one row per zone, drawn as plain SVG. Each bar is a link
// to the decree's record; a declaration and an extension are told apart by fill and by the legend.
// The drawing is laid out at the width the page gives it, one unit a pixel, so that its text is the
// size of the page's at every width. On a narrow screen (a phone, 390 px) each zone's name goes above
// its bars, across the whole width. A number that does not fit in its bar is written beside it.
import { useLayoutEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecreeView } from '../../api/decrees-endpoints';
import { useLocale } from '../../hooks/use-locale';
import { areaKindName, formatDay } from './decree-words';
import {
  type BarLabel,
  fitLines,
  fitText,
  layoutTimeline,
  placeBarLabels,
  type TimelineBar,
} from './timeline';

const AXIS_HEIGHT = 28;
// Below the rows, where today's mark is named (the axis above holds the months).
const FOOT_HEIGHT = 20;
// Under this width the names of the zones do not fit beside a band that shows the months.
const NARROW_WIDTH = 640;
// Before the figure is measured (the first paint), it is laid out as on a laptop's page.
const FIRST_WIDTH = 980;
// The size of the bars' numbers and of the zones' names (decrees.css).
const BAR_FONT_PX = 12;
const NAME_FONT_PX = 13;
// A month's name is written when it is this far from the last one written and from the band's end.
const TICK_LABEL_ROOM = 64;

interface Geometry {
  readonly labelWidth: number;
  readonly bandWidth: number;
  readonly rowHeight: number;
  /** Where a row's name is written, and its bars' top and height, from the row's top. */
  readonly labelY: number;
  readonly barTop: number;
  readonly barHeight: number;
}

// Wide: the names in a column at the left, 28 % of the width (180 to 280 units). Narrow: the name
// over the bars, which take the whole width.
const geometryFor = (measured: number | null): Geometry => {
  const width = Math.floor(measured ?? FIRST_WIDTH);
  if (width < NARROW_WIDTH)
    return { labelWidth: 0, bandWidth: width - 10, rowHeight: 48, labelY: 16, barTop: 22, barHeight: 20 };
  const labelWidth = Math.round(Math.min(Math.max(width * 0.28, 180), 280));
  return {
    labelWidth,
    bandWidth: width - labelWidth - 10,
    rowHeight: 34,
    labelY: 22,
    barTop: 5,
    barHeight: 24,
  };
};

/**
 * How wide a text is drawn in the element's font at a size: measured on a canvas where there is one,
 * else (a test without one) reckoned at 0.6 em a character, a little over a sans-serif's average.
 */
function textWidths(element: HTMLElement | null): (text: string, px: number) => number {
  const context = element === null ? null : document.createElement('canvas').getContext('2d');
  if (element === null || context === null) return (text, px) => text.length * px * 0.6;
  const family = getComputedStyle(element).fontFamily;
  return (text, px) => {
    context.font = `${px}px ${family}`;
    return context.measureText(text).width;
  };
}

/** The width the element is given by the page, measured before it is painted and on every resize. */
function useWidth(): [(element: HTMLElement | null) => void, number | null, HTMLElement | null] {
  // A callback ref: the figure appears only once there is a decree to draw.
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [width, setWidth] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (element === null) return;
    setWidth(element.getBoundingClientRect().width);
    const observer = new ResizeObserver(([entry]) => {
      if (entry !== undefined) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width, element];
}

/** The ticks whose month is written: each with room before the next written one and the band's end. */
const labelledTicks = (ticks: readonly { readonly x: number }[], bandWidth: number): Set<number> => {
  const shown = new Set<number>();
  let last = Number.NEGATIVE_INFINITY;
  for (const tick of ticks) {
    if (tick.x - last < TICK_LABEL_ROOM || tick.x > bandWidth - TICK_LABEL_ROOM + 4) continue;
    shown.add(tick.x);
    last = tick.x;
  }
  return shown;
};

type Props = {
  readonly decrees: readonly DecreeView[];
  /** Checkpoint names by code. */
  readonly checkpointNames: ReadonlyMap<string, string>;
  readonly now: Date;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
};

export function DecreeTimeline({ decrees, checkpointNames, now, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [measure, width, figure] = useWidth();
  const g = geometryFor(width);
  const widthOf = useMemo(() => textWidths(figure), [figure]);
  const layout = layoutTimeline(decrees, now.getTime(), g.bandWidth);
  const shownTicks = labelledTicks(layout.ticks, g.bandWidth);
  const rowsHeight = layout.rows.length * g.rowHeight;
  const height = AXIS_HEIGHT + rowsHeight + FOOT_HEIGHT;
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const rowLabel = (r: (typeof layout.rows)[number]) =>
    r.area === null
      ? (checkpointNames.get(r.checkpoint ?? '') ?? r.checkpoint ?? '')
      : `${r.area.name} (${areaKindName(r.area.kind, t)})`;
  const nameRoom = (g.labelWidth === 0 ? g.bandWidth : g.labelWidth) - 12;

  if (decrees.length === 0) return <p className="empty">{t('decrees.none')}</p>;
  return (
    <figure className="decree-timeline" data-testid="decree-timeline" ref={measure}>
      <svg
        viewBox={`0 0 ${g.labelWidth + g.bandWidth + 10} ${height}`}
        // No role of an image: the decrees' names on it are links, which an image's children are not.
        aria-labelledby="decree-timeline-title"
      >
        <title id="decree-timeline-title">{t('decrees.timeline.caption')}</title>
        {/* The rows first, the months' lines over them, the bars over both, the names over all. */}
        {layout.rows.map((r, i) => (
          <g key={r.key} transform={`translate(0, ${AXIS_HEIGHT + i * g.rowHeight})`}>
            <rect className="row-band" x={0} y={0} width={g.labelWidth + g.bandWidth} height={g.rowHeight} />
          </g>
        ))}
        <g transform={`translate(${g.labelWidth}, 0)`}>
          {layout.ticks.map((tick) => (
            <g key={tick.at}>
              <line
                className="tick"
                x1={tick.x}
                x2={tick.x}
                y1={AXIS_HEIGHT - 6}
                y2={AXIS_HEIGHT + rowsHeight}
              />
              {shownTicks.has(tick.x) ? (
                <text className="tick-label" x={tick.x + 3} y={AXIS_HEIGHT - 10}>
                  {month.format(tick.at)}
                </text>
              ) : null}
            </g>
          ))}
        </g>
        <g transform={`translate(${g.labelWidth}, ${AXIS_HEIGHT})`}>
          <Bars
            bars={layout.bars}
            g={g}
            selected={selected}
            onSelect={onSelect}
            today={layout.today}
            widthOf={(text) => widthOf(text, BAR_FONT_PX)}
          />
        </g>
        {layout.rows.map((r, i) => {
          const name = rowLabel(r);
          const nameWidth = (text: string) => widthOf(text, NAME_FONT_PX);
          // Beside the bars a long name takes two lines of its row; above them, the whole width.
          const lines =
            g.labelWidth === 0 ? [fitText(name, nameRoom, nameWidth)] : fitLines(name, nameRoom, nameWidth);
          const top = AXIS_HEIGHT + i * g.rowHeight + (lines.length === 1 ? g.labelY : g.labelY - 8);
          return (
            <text key={r.key} className="row-label" y={top}>
              {lines.join(' ') === name ? null : <title>{name}</title>}
              {lines.map((line, n) => (
                <tspan key={line} x={6} dy={n === 0 ? 0 : 15}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </svg>
      <figcaption>
        {t('decrees.timeline.caption')}{' '}
        <span className="legend legend-declaration">{t('decrees.timeline.declaration')}</span>{' '}
        <span className="legend legend-extension">{t('decrees.timeline.extension')}</span>
      </figcaption>
    </figure>
  );
}

type BarsProps = {
  readonly bars: readonly TimelineBar[];
  readonly g: Geometry;
  readonly selected: string | null;
  readonly onSelect: (id: string) => void;
  /** Where today falls on the band, if it does. */
  readonly today: number | null;
  readonly widthOf: (text: string) => number;
};

const kindOf = (d: DecreeView) => (d.extends === null ? 'declaration' : 'extension');

/**
 * The bars, today's line over them, and the numbers over the line: each number has a rim of what is
 * behind it (its bar's colour, or the paper beside a bar), so that the line does not cross its letters.
 */
function Bars({ bars, g, selected, onSelect, today, widthOf }: BarsProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const labels = placeBarLabels(bars, g.bandWidth, widthOf);
  const rowsHeight = Math.max(0, ...bars.map((b) => b.row + 1)) * g.rowHeight;
  const labelClass = (label: BarLabel, kind: string) =>
    label.place === 'inside'
      ? `decree-bar-label decree-bar-label-${kind}`
      : 'decree-bar-label decree-bar-label-beside';
  return (
    <>
      {bars.map((bar) => {
        const d = bar.decree;
        const kind = kindOf(d);
        const label = t('decrees.timeline.bar', {
          number: d.number,
          from: formatDay(d.startsOn, locale),
          to: formatDay(d.endsOn, locale),
        });
        return (
          <a
            key={`${d.id}:${bar.row}`}
            href={`?decree=${d.id}`}
            aria-label={label}
            data-testid="decree-bar"
            data-kind={kind}
            onClick={(event) => {
              event.preventDefault();
              onSelect(d.id);
            }}
          >
            <title>{label}</title>
            <rect
              className={`decree-bar decree-bar-${kind}${selected === d.id ? ' decree-bar-selected' : ''}`}
              x={bar.x}
              y={bar.row * g.rowHeight + g.barTop}
              width={bar.width}
              height={g.barHeight}
              rx={3}
            />
          </a>
        );
      })}
      {today === null ? null : (
        <g className="today">
          <line x1={today} x2={today} y1={-6} y2={rowsHeight + 6} />
          {/* Near the band's end the word goes left of the mark, inside the drawing. */}
          <text
            x={today > g.bandWidth - 40 ? today - 3 : today + 3}
            y={rowsHeight + 16}
            textAnchor={today > g.bandWidth - 40 ? 'end' : 'start'}
          >
            {t('decrees.timeline.today')}
          </text>
        </g>
      )}
      {/* Drawn apart from their links, which already carry the whole number and dates to read aloud. */}
      <g>
        {bars.map((bar, i) => {
          const label = labels[i];
          if (label === undefined || label.place === 'none') return null;
          return (
            // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG text is not focusable; its bar's link reads the number
            <text
              key={`${bar.decree.id}:${bar.row}`}
              aria-hidden="true"
              className={labelClass(label, kindOf(bar.decree))}
              x={label.x}
              y={bar.row * g.rowHeight + g.barTop + g.barHeight / 2 + 4}
              textAnchor={label.place === 'before' ? 'end' : 'start'}
            >
              {label.text}
            </text>
          );
        })}
      </g>
    </>
  );
}
