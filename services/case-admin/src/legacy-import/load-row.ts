import { authorizeCaseAction, authorizeRegistration } from '@hotline/access';
import { handleCaseCommand, type PersonalDataSealer } from '@hotline/case-file';
import type { CaseCommand, CaseState } from '@hotline/domain';
import { registerCase } from '@hotline/intake';
import type { PlannedCase } from './plan-row';

export type LoadDeps = Parameters<typeof registerCase>[0] & { readonly personalData: PersonalDataSealer };

/**
 * Writes a planned case through the real code, as the HTTP routes would: intake's registration
 * (a case number of its day, the complainant sealed), then each command at its historical time,
 * authorised for the import's actor. Every request carries a retry key derived from the legacy
 * number, so a case stored before (whole, or half by an interrupted run) answers as stored and
 * only what is missing is written. Resolves to whether anything was written.
 */
export async function loadRow(deps: LoadDeps, plan: PlannedCase): Promise<boolean> {
  const correlationId = `legacy-import:${plan.legacyNo}`;
  authorizeRegistration(plan.registeredBy, plan.registration.district);
  const registered = await registerCase(deps, plan.caseId, plan.registration, { actor: plan.registeredBy, occurredAt: plan.receivedAt }, { correlationId, retryKey: correlationId });
  let wrote = registered.created;
  let version = registered.version;
  for (const [i, step] of plan.steps.entries()) {
    const command = { ...step.command, metadata: { actor: step.actor, now: deps.clock().toISOString(), occurredAt: step.occurredAt } } as CaseCommand;
    const authorize = (state: CaseState) => authorizeCaseAction(step.actor, step.action, state);
    const handled = await handleCaseCommand(deps, plan.caseId, command, version, { correlationId, retryKey: `${correlationId}:${i}` }, authorize);
    wrote ||= !handled.retried;
    version = handled.version;
  }
  return wrote;
}
