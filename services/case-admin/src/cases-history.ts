import { createUserDirectory, type AccessTables } from '@hotline/access';
import { caseIdFor, readCase, toCaseEvent, toHistoryEntry, verifyChain } from '@hotline/case-file';
import { caseId as caseIdField, parseOrIssues } from '@hotline/contracts';
import { isRegistered, replay, type Actor, type Complainant } from '@hotline/domain';
import { createPersonalDataVault, createReadLog, isErased, maskComplainant } from '@hotline/personal-data';
import { loadSecrets } from '@hotline/runtime';
import type { Command } from 'commander';
import type { Kysely } from 'kysely';
import { userInfo } from 'node:os';
import { LEGACY_ID_KIND } from './legacy-import/plan-row';
import { eventDetails } from './support/event-details';
import { shanghaiTime } from './support/shanghai-time';
import { TABLES, withStorage } from './support/storage';
import { formatTable } from './support/table';
import { UsageError } from './support/usage-error';

interface Options {
  readonly legacyNo?: string;
}

/**
 * Who the read log says read the complainant: the operating-system account that ran the command,
 * with the auditor's role, whose view (masked) it shows.
 */
const cliReader = (): Actor => ({ id: `case-admin:${userInfo().username}`, role: 'auditor' });

/** `cases history`: a case's events, as auditors replay them, in the terminal. */
export function registerCasesHistory(cases: Command): void {
  cases
    .command('history')
    .description("a case's events in order, times in Asia/Shanghai, the complainant masked as managers and auditors see them")
    .argument('[caseId]', 'the case id, a UUID')
    .option('--legacy-no <number>', 'the case imported from this legacy 12315 number instead')
    .addHelpText('after', '\nThe read of the complainant is recorded in the personal-data read log, as a read by\ncase-admin:<your login>, like every read through the API.')
    .action(async (given: string | undefined, options: Options) => {
      const caseId = caseIdOf(given, options.legacyNo);
      const printed = await withStorage([TABLES.access, TABLES.personalData], async (storage, config) => {
        const events = await readCase(storage.store, caseId);
        const state = replay(events.map(toCaseEvent));
        if (!isRegistered(state)) throw new Error(`there is no case ${caseId}${options.legacyNo ? ` (legacy number ${options.legacyNo})` : ''}`);
        const { personalDataIndexKey } = await loadSecrets(config);
        const vault = createPersonalDataVault(storage.db, { indexKey: personalDataIndexKey });
        const usernames = new Map((await createUserDirectory(storage.db as Kysely<AccessTables>).list(new Date())).map((user) => [user.id, user.username]));
        const entries = events.map(toHistoryEntry);
        const complainants = await Promise.all(entries.map((entry) => (entry.data.complainant === undefined ? undefined : vault.open(entry.data.complainant))));
        // Recorded before anything is shown, as the API does: one read of this case's history.
        if (complainants.some((complainant) => complainant !== undefined && !isErased(complainant))) {
          await createReadLog(storage.db).record({ reader: cliReader(), caseId, purpose: 'history', view: 'masked', at: new Date() });
        }
        const rows = entries.map((entry, i) => {
          const complainant = complainants[i];
          const data = complainant === undefined ? entry.data : { ...entry.data, complainant: isErased(complainant) ? complainant : maskComplainant(complainant as Complainant) };
          const by = `${entry.actor.role} ${usernames.get(entry.actor.id) ?? entry.actor.id}`;
          return [String(entry.version), shanghaiTime(entry.occurredAt), shanghaiTime(entry.recordedAt), entry.type, by, eventDetails(data)];
        });
        const verdict = verifyChain(events);
        const chain = verdict.verified ? 'intact' : `BROKEN at version ${verdict.brokenAt.version} (${verdict.brokenAt.reason})`;
        return [
          `case ${caseId}  ${state.caseNo}  ${state.kind} via ${state.channel}, ${state.district}${state.stationId ? `/${state.stationId}` : ''}`,
          `now ${state.status} at version ${state.version}; hash chain ${chain}; times in Asia/Shanghai`,
          '',
          formatTable(['#', 'occurred', 'recorded', 'event', 'by', 'details'], rows),
        ].join('\n');
      });
      console.log(printed);
    });
}

function caseIdOf(given: string | undefined, legacyNo: string | undefined): string {
  if ((given === undefined) === (legacyNo === undefined)) throw new UsageError('name the case: its id, or --legacy-no <number> (not both)');
  if (legacyNo !== undefined) return caseIdFor(LEGACY_ID_KIND, legacyNo.trim());
  const parsed = parseOrIssues(caseIdField('caseId'), given);
  if (!parsed.ok) throw new UsageError(parsed.issues.map((issue) => issue.message).join('; '));
  return parsed.value;
}
