// The travel passes store's public face: signing keys, issuing, revoking and the published keyset.
export { loadSigningKey, rotateSigningKey } from './keys';
export {
  findPass,
  type IssuedPass,
  issuePass,
  type PassInput,
  type PassIssueError,
  passIssueDetail,
  readKeyset,
  revokeConvoyPasses,
  revokePass,
  unrevokedPassesOf,
} from './passes';
