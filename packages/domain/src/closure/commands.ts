import type { Command } from '../case/command';
import type { Satisfaction } from '../vocabulary';

/** 办结. */
export type CloseCase = Command<'CloseCase', { summary?: string }>;
/** 回访: the complainant's satisfaction, once per closure. */
export type RecordFollowUp = Command<'RecordFollowUp', { satisfaction: Satisfaction; note?: string }>;
/** A closed case goes back to handling, e.g. after a dissatisfied 12345 rating. */
export type ReopenCase = Command<'ReopenCase', { reason: string }>;

export type ClosureCommand = CloseCase | RecordFollowUp | ReopenCase;
