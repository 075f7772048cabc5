// The places of the stock as the options of a select, by name.
import { Options } from '../../components/options';
import type { Stock } from './care-endpoints';

export function PlaceOptions({ places }: { readonly places: Stock['places'] }) {
  return <Options items={places} value={(p) => p.id} label={(p) => p.name} />;
}
