// Requests of the reference collection that may answer other than 2xx in `npm run test:reference`, each
// with its reason (docs/faces/idempiere.md, "The reference collection"). Numbers are positions in the
// original collection. The run fails on a non-2xx request missing here, and on an entry that now passes
// (the list only shrinks: take it out).

export const EXCEPTIONS = {
  27: 'AD_User nested in C_BPartner: AD_User is the one user store, written by the identity core in its own batch, so it cannot be a child record of another insert (400)',
  30: "AD_User's Image converter: a record nested in an AD_User write cannot join the identity core's batch (400)",
  116: 'transactional /batch with a nested AD_User (as 27): nothing is written (400)',
  110: "an upload chunk: its body is a file in the author's Postman cloud, which the collection does not carry (400: the checksum of an empty body)",
  111: 'an upload chunk, as 110',
  112: 'the file of an upload left incomplete by 110 and 111 (400)',
  114: "copy of an upload: the collection's body names no location, table or record (400)",
};
