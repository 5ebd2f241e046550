import type { Command } from '../case/command';

/** 核查: the facts of a report are checked. */
export type VerifyReport = Command<'VerifyReport', { finding: string }>;
/** 立案: the head of office opens an enforcement case. */
export type FileInvestigation = Command<'FileInvestigation', { enforcementCaseNo?: string }>;
/** 不予立案, with the reason. */
export type DeclineInvestigation = Command<'DeclineInvestigation', { reason: string }>;

export type ReportHandlingCommand = VerifyReport | FileInvestigation | DeclineInvestigation;
