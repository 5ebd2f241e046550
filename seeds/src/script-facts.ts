import type { CaseScript } from './case-script';
import type { CaseFacts, Happening } from './figures';

/** What a script intends, as the figures count it: each command for the happening it asks for. */
export function scriptFacts(script: CaseScript): CaseFacts {
  const happenings: Happening[] = [];
  let mediating = false;
  for (const { command, occurredAt: at } of script.steps) {
    switch (command.type) {
      case 'AcceptComplaint':
        happenings.push({ what: 'accepted', at });
        break;
      case 'RejectComplaint':
        happenings.push({ what: 'notAccepted', at });
        break;
      case 'TransferCase':
        happenings.push({ what: 'transferred', at });
        break;
      case 'VerifyReport':
        happenings.push({ what: 'verified', at });
        break;
      case 'StartMediation':
        mediating = true;
        break;
      case 'RecordAgreement': {
        const { refundFen, compensationFen, otherFen = 0 } = command.data;
        happenings.push({ what: 'agreement', at, recoveredFen: refundFen + compensationFen + otherFen });
        mediating = false;
        break;
      }
      case 'FailMediation':
      case 'TerminateMediation':
        happenings.push({ what: 'termination', at });
        mediating = false;
        break;
      case 'WithdrawComplaint':
        // Withdrawn during mediation, the mediation is terminated; before it, nothing was mediated.
        if (mediating) happenings.push({ what: 'termination', at });
        mediating = false;
        break;
      case 'CloseCase':
        happenings.push({ what: 'closed', at });
        break;
      case 'RecordFollowUp':
        happenings.push({ what: 'followUp', at, satisfaction: command.data.satisfaction });
        break;
      default:
        break;
    }
  }
  const { district, kind, channel } = script.registration;
  return { district, kind, channel, receivedAt: script.receivedAt, happenings };
}
