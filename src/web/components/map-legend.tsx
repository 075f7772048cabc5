// A map's legend: each mark the map draws, as a key drawn the same way, beside what it stands for.
// The situation map and a convoy's corridor map each keep their own keys' classes.

export type LegendKey = {
  /** The classes that draw the key as the map draws the mark; unique within a legend. */
  readonly swatch: string;
  readonly label: string;
};

export function MapLegend({
  className,
  keys,
}: {
  readonly className: string;
  readonly keys: readonly LegendKey[];
}) {
  return (
    <ul className={className}>
      {keys.map(({ swatch, label }) => (
        <li key={swatch}>
          <span className={swatch} aria-hidden="true" /> {label}
        </li>
      ))}
    </ul>
  );
}
