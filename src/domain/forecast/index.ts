export {
  type ArrivalsForecast,
  type ArrivalsHistory,
  type DayCounts,
  forecastArrivals,
  type HourForecast,
  type Interval,
} from './arrivals';
export { countQuantiles } from './counts';
export { boothsNeeded, type Staffing, staffingWith, waitProbability } from './queue';
