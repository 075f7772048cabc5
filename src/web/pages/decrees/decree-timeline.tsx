// Decrees and their extensions on a time axis, one row per zone, drawn as plain SVG. Each bar is a link
// to the decree's record; a declaration and an extension are told apart by fill and by the legend.
// On a narrow screen (a phone, 390 px) each zone's name goes above its bars, across the whole width,
// so the drawing fits the screen at its text's size instead of scrolling sideways.
import { useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecreeView } from '../../api/decrees-endpoints';
import { useLocale } from '../../hooks/use-locale';
import { areaKindName, formatDay } from './decree-words';
import { layoutTimeline } from './timeline';

const AXIS_HEIGHT = 28;
// Below the rows, where today's mark is named (the axis above holds the months).
const FOOT_HEIGHT = 20;
// Under this width the names of the zones do not fit beside a band that shows the months.
const NARROW_WIDTH = 640;
// A bar's number is written inside it when it fits (12px text, about 6.5 units a character).
const fitsLabel = (number: string, width: number) => width > number.length * 6.5 + 12;
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

// Wide: the names in a column at the left, drawn at 980 units and scaled to the page. Narrow: one unit
// a pixel, the name over the bars.
const geometryFor = (width: number | null): Geometry =>
  width !== null && width < NARROW_WIDTH
    ? { labelWidth: 0, bandWidth: width - 10, rowHeight: 48, labelY: 16, barTop: 22, barHeight: 20 }
    : { labelWidth: 230, bandWidth: 740, rowHeight: 34, labelY: 22, barTop: 5, barHeight: 24 };

/** The width the element is given by the page, measured before it is painted and on every resize. */
function useWidth(): [(element: HTMLElement | null) => void, number | null] {
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
  return [setElement, width];
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
  const [measure, width] = useWidth();
  const g = geometryFor(width);
  const layout = layoutTimeline(decrees, now.getTime(), g.bandWidth);
  const shownTicks = labelledTicks(layout.ticks, g.bandWidth);
  const rowsHeight = layout.rows.length * g.rowHeight;
  const height = AXIS_HEIGHT + rowsHeight + FOOT_HEIGHT;
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const rowLabel = (r: (typeof layout.rows)[number]) =>
    r.area === null
      ? (checkpointNames.get(r.checkpoint ?? '') ?? r.checkpoint ?? '')
      : `${r.area.name} (${areaKindName(r.area.kind, t)})`;

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
          {layout.bars.map((bar) => {
            const d = bar.decree;
            const kind = d.extends === null ? 'declaration' : 'extension';
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
                {fitsLabel(d.number, bar.width) ? (
                  <text
                    className="decree-bar-label"
                    x={bar.x + 6}
                    y={bar.row * g.rowHeight + g.barTop + g.barHeight / 2 + 4}
                  >
                    {d.number}
                  </text>
                ) : null}
              </a>
            );
          })}
          {layout.today === null ? null : (
            <g className="today">
              <line x1={layout.today} x2={layout.today} y1={-6} y2={rowsHeight + 6} />
              {/* Near the band's end the word goes left of the mark, inside the drawing. */}
              <text
                x={layout.today > g.bandWidth - 40 ? layout.today - 3 : layout.today + 3}
                y={rowsHeight + 16}
                textAnchor={layout.today > g.bandWidth - 40 ? 'end' : 'start'}
              >
                {t('decrees.timeline.today')}
              </text>
            </g>
          )}
        </g>
        {layout.rows.map((r, i) => (
          <text key={r.key} className="row-label" x={6} y={AXIS_HEIGHT + i * g.rowHeight + g.labelY}>
            {rowLabel(r)}
          </text>
        ))}
      </svg>
      <figcaption>
        {t('decrees.timeline.caption')}{' '}
        <span className="legend legend-declaration">{t('decrees.timeline.declaration')}</span>{' '}
        <span className="legend legend-extension">{t('decrees.timeline.extension')}</span>
      </figcaption>
    </figure>
  );
}
