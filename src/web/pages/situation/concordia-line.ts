// The Peru–Chile border near Tacna and Arica (the Línea de la Concordia), drawn more closely than
// Natural Earth's 1:50m line, which reaches the sea 3.8 km west of Hito 1 and crosses the
// Panamericana about 1.4 km south of the Chacalluta complex: Chile's border post was drawn in Peru.
import type { Polygon, Position } from 'geojson';

/**
 * The line from the sea eastwards, as [longitude, latitude]. It starts at Hito 1 (Boundary Marker
 * No. 1, about 18°21′03″S 70°22′56″W; the ICJ's judgment of 27 January 2014, Maritime Dispute (Peru
 * v. Chile), runs the sea boundary along its parallel). The Treaty of Lima (1929, art. 2) starts the
 * border 10 km north of the Arica–La Paz railway's bridge over the Lluta and runs it east 10 km from
 * the railway; the 1930 demarcation commission drew its first stretch as an arc of 10 km radius about
 * that bridge, from the sea. The bridge is not surveyed here: the arc's centre (18.4017°S 70.3040°W,
 * on the lower Lluta) is the one that puts the arc through Hito 1 and across the Panamericana about
 * 300 m north of the Chacalluta complex (18.3146°S 70.3141°W), between it and the Santa Rosa complex,
 * which stands some 250 m north of the line and 500 m from Chacalluta (Logistics Cluster, Peru
 * capacity assessment 2.3.2; El Mercurio, 2015). A point about every 1.2 km along the arc, to where it
 * meets Natural Earth's line again at 18.3246°S: approximate, the centre being inferred, which is
 * enough for a map of the operation and is no survey.
 */
export const CONCORDIA_LINE: readonly Position[] = [
  [-70.3822, -18.3508],
  [-70.3753, -18.3422],
  [-70.3673, -18.3345],
  [-70.3584, -18.3278],
  [-70.3488, -18.3221],
  [-70.3385, -18.3175],
  [-70.3277, -18.3142],
  [-70.3166, -18.3121],
  [-70.3052, -18.3113],
  [-70.2939, -18.3118],
  [-70.2827, -18.3136],
  [-70.2718, -18.3167],
  [-70.2614, -18.321],
  [-70.2546, -18.3246],
];

// The stretch of Natural Earth's shared line that CONCORDIA_LINE replaces: from its end on the coast
// to its last vertex before it rejoins (18.3246°S 70.1845°W stays).
const NE_COAST_END: Position = [-70.4185, -18.3455];
const NE_LAST_REPLACED: Position = [-70.2817, -18.3246];
const LONGEST_RUN = 8;

const near = (a: Position, b: Position) =>
  Math.abs((a[0] ?? 0) - (b[0] ?? 0)) < 1e-3 && Math.abs((a[1] ?? 0) - (b[1] ?? 0)) < 1e-3;

/**
 * A ring with the stretch of Natural Earth's line replaced by CONCORDIA_LINE, in the ring's own
 * direction (Peru's ring runs towards the sea, Chile's away from it); any other ring as it is.
 */
export function withConcordiaLine(ring: readonly Position[]): Position[] {
  const open = ring.slice(0, -1);
  const coast = open.findIndex((p) => near(p, NE_COAST_END));
  const last = open.findIndex((p) => near(p, NE_LAST_REPLACED));
  if (coast < 0 || last < 0) return [...ring];
  const n = open.length;
  // The ring from the coast end on; the replaced stretch is at its start or at its end.
  const fromCoast = [...open.slice(coast), ...open.slice(0, coast)];
  const ahead = (last - coast + n) % n;
  let drawn: Position[];
  if (ahead <= LONGEST_RUN) drawn = [...CONCORDIA_LINE, ...fromCoast.slice(ahead + 1)];
  else if (n - ahead <= LONGEST_RUN) drawn = [...fromCoast.slice(1, ahead), ...[...CONCORDIA_LINE].reverse()];
  else return [...ring];
  const first = drawn[0];
  return first === undefined ? [...ring] : [...drawn, first];
}

/** A polygon with its outer ring drawn along the Línea de la Concordia where it follows that border. */
export const concordiaPolygon = (polygon: Polygon['coordinates']): Polygon['coordinates'] =>
  polygon.map((ring, i) => (i === 0 ? withConcordiaLine(ring) : ring));
