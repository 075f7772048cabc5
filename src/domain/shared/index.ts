// Helpers that more than one area needs.
export { err, ok, type Result } from './result';
