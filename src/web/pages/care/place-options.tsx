// The places of the stock as the options of a select, by name.
import type { Stock } from './care-endpoints';

export function PlaceOptions({ places }: { readonly places: Stock['places'] }) {
  return places.map((p) => (
    <option key={p.id} value={p.id}>
      {p.name}
    </option>
  ));
}
