// Decrees and their extensions on a time axis, one row per zone, drawn as plain SVG. Each bar is a link
// to the decree's record; a declaration and an extension are told apart by fill and by the legend.
import { useTranslation } from 'react-i18next';
import type { DecreeView } from '../../api/decrees-endpoints';
import { useLocale } from '../../hooks/use-locale';
import { areaKindName, formatDay } from './decree-words';
import { layoutTimeline } from './timeline';

const LABEL_WIDTH = 230;
const BAND_WIDTH = 740;
const ROW_HEIGHT = 34;
const AXIS_HEIGHT = 28;
// Below the rows, where today's mark is named (the axis above holds the months).
const FOOT_HEIGHT = 20;
// A bar's number is written inside it when it fits (12px text, about 6.5 units a character).
const fitsLabel = (number: string, width: number) => width > number.length * 6.5 + 12;

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
  const layout = layoutTimeline(decrees, now.getTime(), BAND_WIDTH);
  const rowsHeight = layout.rows.length * ROW_HEIGHT;
  const height = AXIS_HEIGHT + rowsHeight + FOOT_HEIGHT;
  const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const rowLabel = (r: (typeof layout.rows)[number]) =>
    r.area === null
      ? (checkpointNames.get(r.checkpoint ?? '') ?? r.checkpoint ?? '')
      : `${r.area.name} (${areaKindName(r.area.kind, t)})`;

  if (decrees.length === 0) return <p className="empty">{t('decrees.none')}</p>;
  return (
    <figure className="decree-timeline" data-testid="decree-timeline">
      <svg
        viewBox={`0 0 ${LABEL_WIDTH + BAND_WIDTH + 10} ${height}`}
        role="img"
        aria-labelledby="decree-timeline-title"
      >
        <title id="decree-timeline-title">{t('decrees.timeline.caption')}</title>
        {/* The rows first, the months' lines over them and the bars over both. */}
        {layout.rows.map((r, i) => (
          <g key={r.key} transform={`translate(0, ${AXIS_HEIGHT + i * ROW_HEIGHT})`}>
            <rect className="row-band" x={0} y={0} width={LABEL_WIDTH + BAND_WIDTH} height={ROW_HEIGHT} />
            <text className="row-label" x={6} y={ROW_HEIGHT / 2 + 5}>
              {rowLabel(r)}
            </text>
          </g>
        ))}
        <g transform={`translate(${LABEL_WIDTH}, 0)`}>
          {layout.ticks.map((tick) => (
            <g key={tick.at}>
              <line
                className="tick"
                x1={tick.x}
                x2={tick.x}
                y1={AXIS_HEIGHT - 6}
                y2={AXIS_HEIGHT + rowsHeight}
              />
              {tick.x > BAND_WIDTH - 60 ? null : (
                <text className="tick-label" x={tick.x + 3} y={AXIS_HEIGHT - 10}>
                  {month.format(tick.at)}
                </text>
              )}
            </g>
          ))}
        </g>
        <g transform={`translate(${LABEL_WIDTH}, ${AXIS_HEIGHT})`}>
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
                  y={bar.row * ROW_HEIGHT + 5}
                  width={bar.width}
                  height={ROW_HEIGHT - 10}
                  rx={3}
                />
                {fitsLabel(d.number, bar.width) ? (
                  <text
                    className="decree-bar-label"
                    x={bar.x + 6}
                    y={bar.row * ROW_HEIGHT + ROW_HEIGHT / 2 + 4}
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
              <text x={layout.today + 3} y={rowsHeight + 16}>
                {t('decrees.timeline.today')}
              </text>
            </g>
          )}
        </g>
      </svg>
      <figcaption>
        {t('decrees.timeline.caption')}{' '}
        <span className="legend legend-declaration">{t('decrees.timeline.declaration')}</span>{' '}
        <span className="legend legend-extension">{t('decrees.timeline.extension')}</span>
      </figcaption>
    </figure>
  );
}
