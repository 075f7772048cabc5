// The decree store's public face: the register's records, their history and the decree in force.
export {
  amendDecree,
  type DecreeVersion,
  decreeHistory,
  decreeInForce,
  decreeLookup,
  decreesCovering,
  findDecree,
  insertDecree,
  listDecrees,
  type RecordedDecree,
  type Recording,
} from './register';
