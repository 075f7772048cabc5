export {
  type ArrivalsForecast,
  type ArrivalsHistory,
  type DayCounts,
  forecastArrivals,
  type HourForecast,
  type Interval,
} from './arrivals';
export { countQuantiles } from './counts';
export {
  boothsForLine,
  type LineAsk,
  type LineCourse,
  type LineStep,
  type LineStretch,
  lineWith,
} from './line';
export { boothsNeeded, type Staffing, staffingWith, waitProbability } from './queue';
