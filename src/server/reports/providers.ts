// The registers the situation report reads besides the figures: the decree in force and the open
// incidents. Until an installation has them, each is left out and the report says it is not available.
import type { Executor } from '../../store/executor';
import type { SitrepProviders } from './service';

export function sitrepProviders(_db: Executor): SitrepProviders {
  return {};
}
