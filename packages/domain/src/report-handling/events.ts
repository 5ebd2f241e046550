import type { Event } from '../case/event';
import type { DeclineInvestigation, FileInvestigation, VerifyReport } from './commands';

export type ReportVerified = Event<'ReportVerified', VerifyReport['data']>;
export type InvestigationFiled = Event<'InvestigationFiled', FileInvestigation['data']>;
export type InvestigationDeclined = Event<'InvestigationDeclined', DeclineInvestigation['data']>;

export type ReportHandlingEvent = ReportVerified | InvestigationFiled | InvestigationDeclined;
