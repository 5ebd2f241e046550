import type { Case } from '../case/state';
import type { ReportHandlingEvent } from './events';

export function evolveReportHandling(state: Case, event: ReportHandlingEvent): Case {
  const { occurredAt: at } = event.data;
  switch (event.type) {
    case 'ReportVerified':
      return { ...state, status: 'verified', verification: { finding: event.data.finding, at } };
    case 'InvestigationFiled':
      return {
        ...state,
        status: 'filed',
        investigation: { filed: true, enforcementCaseNo: event.data.enforcementCaseNo, at },
      };
    case 'InvestigationDeclined':
      return { ...state, status: 'not_filed', investigation: { filed: false, reason: event.data.reason, at } };
  }
}
