// Helpers that more than one area needs.
export { type Result, ok, err } from './result';
