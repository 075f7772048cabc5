export {
  type ArrivalsForecast,
  type ArrivalsHistory,
  type DayCounts,
  forecastArrivals,
  type HourForecast,
  type Interval,
} from './arrivals';
export {
  arrivalsByNight,
  type BedAssumptions,
  type BedNight,
  bedsNeeded,
  childShareOf,
  DEFAULT_BED_ASSUMPTIONS,
  nightsAhead,
} from './beds';
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
export { SHELTER_REACH_KM, sheltersNear } from './shelters-near';
