// People: what the domain says of a registered person that others store and send.
export { VULNERABILITIES, VulnerabilitiesSchema, type Vulnerability } from './vulnerabilities';
