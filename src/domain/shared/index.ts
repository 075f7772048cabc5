// Helpers that more than one area needs.
export { nationalityCode, nationalityForMatching } from './countries';
export { err, ok, type Result } from './result';
