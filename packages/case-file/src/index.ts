export { CASE_STREAM_PREFIX, caseStreamName, versionOf, expectedRevisionOf } from './stream';
export type { CaseEventMetadata, RequestContext } from './metadata';
export { CaseVersionConflict } from './errors';
export { eventIdsFor, caseIdFor } from './event-ids';
export { handleCaseCommand, toCaseEvent, type HandledCommand } from './handle-command';
export { toHistoryEntry, readCase, caseAt, NoSuchMoment, type HistoryEntry } from './case-history';
export { provisionalDeadlines, type ProvisionalDates } from './provisional-deadlines';
export { verifyChain, eventHash, GENESIS_HASH, type ChainVerdict } from './hash-chain';
export type { PersonalDataSealer } from './personal-data';
