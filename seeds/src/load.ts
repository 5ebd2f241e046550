import { authorizeCaseAction, authorizeRegistration } from '@hotline/access';
import { createChinaCalendar } from '@hotline/calendar';
import { handleCaseCommand, type PersonalDataSealer } from '@hotline/case-file';
import { createCaseDecider, type CaseCommand, type CaseDecider, type CaseState } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { registerCase, type CaseNumbers } from '@hotline/intake';
import type { CaseScript } from './case-script';
import { createMemoryCaseNumbers } from './memory-case-numbers';
import type { Plan } from './plan';
import { ACTION_OF } from './step-actions';

export interface LoadProgress {
  readonly loadedCases: number;
  readonly totalCases: number;
  /** Commands handled so far, registrations included. */
  readonly commands: number;
  readonly elapsedMs: number;
}

export interface LoadOptions {
  readonly store: EventStore;
  /** Default: the decider over `createChinaCalendar({ provisionalYears: 1 })`, as the services run it. */
  readonly decider?: CaseDecider;
  /** Default: numbered in memory; pass intake's `createCaseNumbers(db)` to share the real series. */
  readonly caseNumbers?: CaseNumbers;
  /** Cases loaded at once (each case's commands run in order). Default 8. */
  readonly concurrency?: number;
  /** The server clock (metadata `now`); business times are the script's. Default: the real clock. */
  readonly clock?: () => Date;
  /** Called after each case. */
  readonly onProgress?: (progress: LoadProgress) => void;
  /** Seals complainants as the services do; without it they are stored in clear (test stores only). */
  readonly personalData?: PersonalDataSealer;
}

/** A command the real code refused while loading: the plan and the domain disagree. */
export class SeedLoadError extends Error {
  override readonly name = 'SeedLoadError';
  constructor(readonly caseId: string, readonly step: string, cause: unknown) {
    super(`case ${caseId}, ${step}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

/**
 * Loads a plan through the real code: intake's registration (case numbers, 12345 work orders),
 * then `handleCaseCommand` for each step with its historical `occurredAt`, each authorised for
 * its actor as the HTTP routes authorise it. Loading again is
 * harmless: every request carries a retry key derived from the script, so a case already loaded
 * (or loaded halfway) answers as stored and goes on from where it stopped.
 *
 * @example
 * await loadPlan(planProfile('ezhou-2023h1'), { store, concurrency: 16, onProgress: console.log });
 */
export async function loadPlan(plan: Plan, options: LoadOptions): Promise<LoadProgress> {
  const decider = options.decider ?? createCaseDecider({ calendar: createChinaCalendar({ provisionalYears: 1 }) });
  const deps = {
    store: options.store,
    decider,
    caseNumbers: options.caseNumbers ?? createMemoryCaseNumbers(),
    clock: options.clock ?? (() => new Date()),
    ...(options.personalData && { personalData: options.personalData }),
  };
  const started = Date.now();
  let next = 0;
  let loadedCases = 0;
  let commands = 0;
  let failed = false;
  const progress = (): LoadProgress => ({ loadedCases, totalCases: plan.cases.length, commands, elapsedMs: Date.now() - started });

  const worker = async () => {
    while (!failed && next < plan.cases.length) {
      const index = next++;
      try {
        const handled = await loadCase(deps, plan.cases[index] as CaseScript, `seed:${plan.profile}:${plan.seed}:${index}`);
        commands += handled;
      } catch (error) {
        failed = true;
        throw error;
      }
      loadedCases += 1;
      options.onProgress?.(progress());
    }
  };
  const concurrency = Math.max(1, Math.min(options.concurrency ?? 8, plan.cases.length));
  await Promise.all(Array.from({ length: concurrency }, worker));
  return progress();
}

async function loadCase(deps: Parameters<typeof registerCase>[0], script: CaseScript, correlationId: string): Promise<number> {
  const { caseId, registration, registeredBy, receivedAt } = script;
  const workOrderNo = registration.workOrder?.workOrderNo;
  const retryKey = workOrderNo ? `work-order:${workOrderNo}` : correlationId;
  try {
    // 12345 signs its pushes instead; the desk's registrations are authorised as the route does.
    if (registeredBy.role !== 'integration') authorizeRegistration(registeredBy, registration.district);
    await registerCase(deps, caseId, registration, { actor: registeredBy, occurredAt: receivedAt }, { correlationId, retryKey });
  } catch (error) {
    throw new SeedLoadError(caseId, 'registration', error);
  }
  let version = 1;
  for (const [i, step] of script.steps.entries()) {
    const command = { ...step.command, metadata: { actor: step.actor, now: deps.clock().toISOString(), occurredAt: step.occurredAt } } as CaseCommand;
    const request = { correlationId, retryKey: `${correlationId}:${i}` };
    const authorize = (state: CaseState) => authorizeCaseAction(step.actor, ACTION_OF[step.command.type], state);
    const handled = await handleCaseCommand(deps, caseId, command, version, request, authorize).catch((error: unknown) => {
      throw new SeedLoadError(caseId, `step ${i + 1} ${step.command.type}`, error);
    });
    version = handled.version;
  }
  return script.steps.length + 1;
}
