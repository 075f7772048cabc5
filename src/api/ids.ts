// Ids of the records Paso makes, in the browser and on the server: UUID version 7 (RFC 9562), whose
// first 48 bits are the time of creation in milliseconds. Records made one after another get ids that
// sort one after another, so each insert lands at the end of the indexes keyed by id instead of on a
// random page of them: a busy checkpoint's writes touch a few pages of each index, not thousands, and a
// million-record table's indexes need not all be held in memory. The remaining 74 bits are random, so
// ids made on devices that never speak to each other still do not collide. An id tells when it was
// made, which every event says anyway in its `at`.
import { v7 } from 'uuid';

export const newId = (): string => v7();
