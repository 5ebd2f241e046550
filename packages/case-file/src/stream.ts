import type { ExpectedRevision, StreamRevision } from '@hotline/event-store';

/** Every case is one stream; the prefix is what projections subscribe to. */
export const CASE_STREAM_PREFIX = 'case-';
export const caseStreamName = (caseId: string) => `${CASE_STREAM_PREFIX}${caseId}`;

/**
 * The one place the HTTP version (events in the case: a new case is at 1) meets the store's
 * 0-based revision (EventStoreDB's numbering: the first event is revision 0).
 */
export const versionOf = (revision: StreamRevision): number => (revision === 'no_stream' ? 0 : revision + 1);
export const expectedRevisionOf = (version: number): ExpectedRevision => (version === 0 ? 'no_stream' : version - 1);
