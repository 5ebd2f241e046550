/**
 * `npm run admin -- ...` end to end: each command run as the operators run it, a child process
 * on the storage the environment names. PostgreSQL in a fresh schema when DATABASE_URL is set,
 * else the embedded store in a fresh DATA_DIR; the lock test always uses the embedded store.
 */
import { createUserDirectory } from '@hotline/access';
import { caseIdFor } from '@hotline/case-file';
import { createKysely, createPool, openEmbeddedPostgres } from '@hotline/database';
import { sql, type Kysely } from 'kysely';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LEGACY_ID_KIND } from '../services/case-admin/src/legacy-import/plan-row';

const ROOT = new URL('..', import.meta.url).pathname;
const MAIN = join(ROOT, 'services/case-admin/src/main.ts');
const SAMPLE = join(ROOT, 'docs/samples/legacy-12315-export.csv');
const DATABASE_URL = process.env.DATABASE_URL || undefined;

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment of a run: the machine's, less any secrets and storage it names, plus `env`. */
function environment(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'silent' };
  for (const name of ['DATABASE_URL', 'DATABASE_SCHEMA', 'EVENTSTORE_URL', 'JWT_SECRETS', 'HOTLINE_12345_SECRET', 'IP_HASH_KEY', 'PERSONAL_DATA_INDEX_KEY']) delete base[name];
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete base[name];
    else base[name] = value;
  }
  return base;
}

/** Runs the CLI to its exit; standard input gets `input` (or nothing) and is closed: no terminal. */
function runAdmin(args: readonly string[], env: Record<string, string | undefined>, input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN, ...args], { cwd: ROOT, env: environment(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

// Each run starts a Node process that compiles the CLI and opens the storage: seconds apiece on a busy machine.
describe(`npm run admin on ${DATABASE_URL ? 'PostgreSQL' : 'the embedded store'}`, { timeout: 180_000 }, () => {
  const schema = `case_admin_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  let dataDir: string;
  let env: Record<string, string | undefined>;
  const admin = (args: readonly string[], input?: string, extra: Record<string, string | undefined> = {}) => runAdmin(args, { ...env, ...extra }, input);

  /** The CLI's database, opened from the test between runs (the embedded one takes one process at a time). */
  async function withDatabase<T>(work: (db: Kysely<any>, eventsTable: string) => Promise<T>): Promise<T> {
    if (DATABASE_URL) {
      const pool = createPool({ connectionString: DATABASE_URL, schema });
      try {
        return await work(createKysely({ pool }), `"${schema}_events".events`);
      } finally {
        await pool.end();
      }
    }
    const embedded = await openEmbeddedPostgres({ dataDir: join(dataDir, 'pglite') });
    try {
      return await work(createKysely({ pglite: embedded.pglite }), 'event_store.events');
    } finally {
      await embedded.close();
    }
  }

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'case-admin-'));
    env = { DATA_DIR: dataDir, DATABASE_URL, DATABASE_SCHEMA: DATABASE_URL ? schema : undefined };
  });

  afterAll(async () => {
    if (DATABASE_URL) {
      const pool = createPool({ connectionString: DATABASE_URL });
      await pool.query(`drop schema if exists "${schema}" cascade; drop schema if exists "${schema}_events" cascade`);
      await pool.end();
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers --help for the program and its commands, opening no storage', async () => {
    const [program, create, rotate, importing, report] = await Promise.all([
      admin(['--help']),
      admin(['users', 'create', '--help']),
      admin(['secrets', 'rotate-jwt', '--help']),
      admin(['import', '--help']),
      admin(['reports', 'period', '--help']),
    ]);
    for (const run of [program, create, rotate, importing, report]) expect(run.code, run.stderr).toBe(0);
    expect(program.stdout).toMatch(/Usage: npm run admin -- \[options\] \[command\]/);
    for (const command of ['users', 'secrets', 'projections', 'cases', 'verify', 'reports', 'import']) expect(program.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    expect(create.stdout).toMatch(/--role <role> .*\(choices: "operator", "mediator",\s+"manager", "auditor", "admin"\)/s);
    expect(create.stdout).toContain('--password-stdin');
    expect(rotate.stdout).toContain('JWT_SECRETS=<new>,<current>');
    expect(rotate.stdout).toMatch(/tokens already handed out keep working/);
    expect(importing.stdout).toMatch(/line N: <column>: <message>/);
    expect(report.stdout).toMatch(/--format <format> .*\(choices: "json", "csv", "text", default:\s+"text"\)/s);
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('refuses a wrong command line with exit code 2 and says what is wrong', async () => {
    const runs = await Promise.all([
      admin(['frobnicate']),
      admin(['users', 'list', '--frob']),
      admin(['users', 'create', '--username', 'li.na', '--role', 'director', '--district', 'wuchang', '--name', '李娜']),
      admin(['users', 'create', '--role', 'operator', '--district', 'wuchang', '--name', '李娜']),
      admin(['reports', 'period', '--from', '2023-13-01', '--to', '2023-01-01']),
      admin(['cases', 'history', 'WC2023-00001']),
      admin(['projections', 'rebuild', 'case-lists']),
      admin(['import', 'cases.csv', '--concurrency', 'lots']),
    ]);
    expect(runs.map((run) => run.code)).toEqual(runs.map(() => 2));
    const [command, option, role, missing, period, caseId, projection, concurrency] = runs.map((run) => run.stderr);
    expect(command).toContain("error: unknown command 'frobnicate'");
    expect(option).toContain("error: unknown option '--frob'");
    expect(role).toContain("error: option '--role <role>' argument 'director' is invalid. Allowed choices are operator, mediator, manager, auditor, admin.");
    expect(missing).toContain("error: required option '--username <username>' not specified");
    expect(period).toContain('--from: from must be a real calendar date YYYY-MM-DD');
    expect(period).toContain('--to: to must be after from');
    expect(caseId).toContain('error: caseId must be a UUID');
    expect(projection).toContain('error: unknown projection: case-lists (there are: case-list, figures)');
    expect(concurrency).toContain("argument 'lots' is invalid. a whole number from 1 to 64");
    expect(await readdir(dataDir)).toEqual([]);
  });

  it('creates an account with the password from standard input, never echoed, and lists it', async () => {
    const password = 'correct horse battery';
    const created = await admin(['users', 'create', '--username', 'Li.Na', '--role', 'mediator', '--district', 'wuchang', '--station', 'zhongnan', '--name', '李娜', '--password-stdin'], `${password}\n`);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/^created mediator li\.na \(李娜\) in wuchang\/zhongnan, id [0-9a-f-]{36}\n$/);
    expect(created.stdout + created.stderr).not.toContain(password);
    // The line end that ends what was piped in is not part of the password.
    const signedIn = await withDatabase((db) => createUserDirectory(db).signIn('li.na', password, new Date()));
    expect(signedIn).toMatchObject({ ok: true, user: { username: 'li.na', role: 'mediator', stationId: 'zhongnan' } });

    const listed = await admin(['users', 'list']);
    expect(listed.code, listed.stderr).toBe(0);
    expect(listed.stdout).toMatch(/^username\s+role\s+district\s+station\s+demo\s+locked\s+name$/m);
    expect(listed.stdout).toMatch(/^li\.na\s+mediator\s+wuchang\s+zhongnan\s+李娜$/m);
  });

  it('refuses an account it cannot create, with exit code 1 and the reason', async () => {
    const taken = await admin(['users', 'create', '--username', 'LI.NA', '--role', 'operator', '--district', 'wuchang', '--name', '李娜', '--password-stdin'], 'another password');
    expect(taken.code).toBe(1);
    expect(taken.stderr).toBe('error: the username "li.na" is taken (usernames ignore case)\n');
    const broken = await admin(['users', 'create', '--username', 'wang.fang', '--role', 'mediator', '--district', 'wuchang', '--name', '王芳', '--password-stdin'], 'short');
    expect(broken.code).toBe(1);
    expect(broken.stderr).toBe('error: the user is invalid: password must be at least 8 characters; a mediator works at a station: stationId is required\n');
    const noTerminal = await admin(['users', 'create', '--username', 'zhao.lei', '--role', 'operator', '--district', 'wuchang', '--name', '赵磊']);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stderr).toBe('error: there is no terminal to ask for the password on: pipe it in with --password-stdin\n');
  });

  it('rotates the JWT secret: a new one signs, the one signing until now still verifies', async () => {
    const secretsFile = join(dataDir, 'demo-secrets.json');
    const jwtSecrets = async () => (JSON.parse(await readFile(secretsFile, 'utf8')) as { jwtSecrets: string[] }).jwtSecrets;
    const first = await admin(['secrets', 'rotate-jwt']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(`rotated the token secret in ${secretsFile}`);
    const [signing, kept] = await jwtSecrets();
    expect(signing).toMatch(/^[\w-]{43}$/);
    const second = await admin(['secrets', 'rotate-jwt']);
    expect(second.code, second.stderr).toBe(0);
    const [fresh, previous, ...older] = await jwtSecrets();
    expect(previous).toBe(signing);
    expect([kept, signing]).not.toContain(fresh);
    expect(older).toEqual([]);

    const current = 'c'.repeat(43);
    const fromEnv = await admin(['secrets', 'rotate-jwt'], '', { JWT_SECRETS: `${current},${'o'.repeat(43)}` });
    expect(fromEnv.code, fromEnv.stderr).toBe(0);
    expect(fromEnv.stdout).toMatch(new RegExp(`^JWT_SECRETS=[\\w-]{43},${current}\\n$`));
    expect((await jwtSecrets())[1]).toBe(signing);

    const production = await admin(['secrets', 'rotate-jwt'], '', { NODE_ENV: 'production' });
    expect(production.code).toBe(1);
    expect(production.stderr).toContain('error: JWT_SECRETS is not set: in production the secrets come from the environment');
  });

  it('imports the sample export through the real commands, and a second run imports nothing twice', async () => {
    const first = await admin(['import', SAMPLE]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('10 rows read from');
    expect(first.stdout).toMatch(/^imported: 10$/m);
    expect(first.stdout).toMatch(/^already present: 0$/m);
    expect(first.stdout).toMatch(/^skipped: 0$/m);
    expect(first.stdout).toMatch(/^10 good rows written or found stored in [\d.]+ s \([\d.]+ rows\/s\)$/m);

    const again = await admin(['import', SAMPLE]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^imported: 0$/m);
    expect(again.stdout).toMatch(/^already present: 10$/m);
    const counts = await withDatabase(async (db, eventsTable) => {
      const { rows } = await sql<{ streams: number; events: number }>`select count(distinct stream_name)::int as streams, count(*)::int as events from ${sql.raw(eventsTable)}`.execute(db);
      return rows[0];
    });
    // Ten cases, each its registration, the note of its legacy number and the commands of its outcome.
    expect(counts).toEqual({ streams: 10, events: 55 });
  });

  it('reports each bad row by line and column and skips it, while the good rows land', async () => {
    const header = (await readFile(SAMPLE, 'utf8')).split('\r\n')[0]!;
    const columns = header.split(',');
    const row = (values: Record<string, string>) => columns.map((column) => values[column] ?? '').join(',');
    const complaint = {
      received_at: '2024-05-06 09:00',
      channel: 'hotline_12315',
      kind: 'complaint',
      district: 'wuchang',
      station: 'shouyi',
      complainant_name: '郑宇',
      complainant_phone: '13700001111',
      respondent_name: '某某眼镜店',
      category: 'quality',
      summary: '配的眼镜度数不对',
      outcome: 'closed_agreed',
      decided_at: '2024-05-07 10:00',
      closed_at: '2024-05-10 16:00',
      recovered_fen: '68000',
    };
    const file = join(dataDir, 'with-bad-rows.csv');
    await writeFile(
      file,
      [
        header,
        row({ ...complaint, legacy_no: 'WC2024-00001' }),
        row({ ...complaint, legacy_no: 'WC2024-00002', complainant_phone: '12345' }),
        row({ ...complaint, legacy_no: 'WC2024-00003' }).replace(/,$/, ''),
        row({ ...complaint, legacy_no: 'WC2024-00004', summary: '"第一行，\n第二行"' }),
        row({ ...complaint, legacy_no: 'WC2024-00005', closed_at: '2024-05-07 09:00' }),
        // Imported from the sample as not accepted: a transfer does not continue that history.
        row({ ...complaint, legacy_no: 'WC2023-00002', station: 'zhongnan', received_at: '2023-03-08 14:30', outcome: 'transferred', transferred_to: '武汉市洪山区市场监督管理局', closed_at: '', recovered_fen: '' }),
        // Imported from the sample at station shouyi: the import acts as this row's station, which may not touch it.
        row({ ...complaint, legacy_no: 'WC2023-00003', station: 'zhongnan', received_at: '2023-04-03 10:05', outcome: 'registered', decided_at: '', closed_at: '', recovered_fen: '' }),
        // One legacy case in two rows, one of them good: which is right is not for the import to guess.
        row({ ...complaint, legacy_no: 'WC2024-00006' }),
        row({ ...complaint, legacy_no: 'WC2024-00006', complainant_phone: '1370000111' }),
        '',
      ].join('\r\n'),
    );
    const first = await admin(['import', file]);
    expect(first.code).toBe(1);
    expect(first.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^line 3: complainant_phone: must be an 11-digit mainland mobile number/),
      'line 4: has 27 fields where the header has 28',
      // Line 5 holds a quoted line break: the next row starts on line 7.
      "line 7: closed_at: may not be before the case's previous event (2024-05-07 10:00:00)",
      expect.stringMatching(/^line 8: legacy_no: case [0-9a-f-]{36} is stored already and this row does not fit it: case [0-9a-f-]{36} is at version 3, not 2/),
      expect.stringMatching(/^line 9: legacy_no: case [0-9a-f-]{36} is stored already and this row does not fit it: case 12345-20230403-000001 belongs to another station$/),
      'line 10: legacy_no: WC2024-00006 is on lines 10, 11: one legacy case is one row',
      'line 11: legacy_no: WC2024-00006 is on lines 10, 11: one legacy case is one row',
      expect.stringMatching(/^line 11: complainant_phone: must be an 11-digit mainland mobile number/),
      'error: 7 of 9 rows were skipped (listed above): fix them and run the import again; rows already imported are not imported twice',
    ]);
    expect(first.stdout).toMatch(/^imported: 2$/m);
    expect(first.stdout).toMatch(/^skipped: 7$/m);

    const dryRun = await admin(['import', file, '--dry-run']);
    expect(dryRun.code).toBe(1);
    expect(dryRun.stdout).toContain('(dry run: nothing written)');
    expect(dryRun.stdout).toMatch(/^would import: 0$/m);
    // A row that does not fit its stored case is only found out by writing it: the dry run counts it present.
    expect(dryRun.stdout).toMatch(/^already present: 4$/m);

    const again = await admin(['import', file]);
    expect(again.stdout).toMatch(/^imported: 0$/m);
    expect(again.stdout).toMatch(/^already present: 2$/m);
    expect(again.stdout).toMatch(/^skipped: 7$/m);
  });

  it("shows an imported case's history in Asia/Shanghai time, the complainant masked, and logs the read", async () => {
    const caseId = caseIdFor(LEGACY_ID_KIND, 'WC2023-00001');
    const [byLegacyNo, byId] = [await admin(['cases', 'history', '--legacy-no', 'WC2023-00001']), await admin(['cases', 'history', caseId])];
    expect(byLegacyNo.code, byLegacyNo.stderr).toBe(0);
    expect(byId.stdout).toBe(byLegacyNo.stdout);
    const lines = byLegacyNo.stdout.split('\n');
    expect(lines[0]).toBe(`case ${caseId}  12315-20230306-000001  complaint via hotline_12315, wuchang/zhongnan`);
    expect(lines[1]).toBe('now closed at version 8; hash chain intact; times in Asia/Shanghai');
    expect(lines[3]).toMatch(/^#\s+occurred\s+recorded\s+event\s+by\s+details$/);
    expect(lines.slice(5, 13).map((line) => line.split(/\s{2,}/).slice(0, 4).join(' | '))).toEqual([
      expect.stringMatching(/^1 \| 2023-03-06 09:12:00 \| \d{4}-.* \| CaseRegistered$/),
      expect.stringMatching(/^2 \| 2023-03-06 09:12:00 \| .* \| NoteAdded$/),
      expect.stringMatching(/^3 \| 2023-03-07 10:00:00 \| .* \| ComplaintAccepted$/),
      expect.stringMatching(/^4 \| 2023-03-07 10:00:00 \| .* \| CaseAssigned$/),
      expect.stringMatching(/^5 \| 2023-03-07 10:00:00 \| .* \| MediationStarted$/),
      expect.stringMatching(/^6 \| 2023-03-14 15:00:00 \| .* \| AgreementReached$/),
      expect.stringMatching(/^7 \| 2023-03-15 09:30:00 \| .* \| CaseClosed$/),
      expect.stringMatching(/^8 \| 2023-03-20 10:00:00 \| .* \| FollowUpRecorded$/),
    ]);
    expect(lines[5]).toContain('mediator legacy-import');
    expect(lines[5]).toContain('complainant: {name: 张伟, phone: 138****8000, address: 武汉市武昌区****, idNumber: 420106********1237}');
    expect(lines[6]).toContain('text: 历史数据导入：原12315系统编号 WC2023-00001');
    expect(lines[10]).toContain('refundFen: 1,299.00元; compensationFen: 200.00元; terms: 商家退货退款1299元，另赔偿200元; recoveredFen: 1,499.00元');
    expect(byLegacyNo.stdout).not.toContain('13800138000');
    expect(byLegacyNo.stdout).not.toContain('420106198001011237');
    const reads = await withDatabase((db) => db.selectFrom('personal_data_reads').selectAll().where('case_id', '=', caseId).execute());
    expect(reads).toEqual([
      expect.objectContaining({ reader_id: expect.stringMatching(/^case-admin:/), reader_role: 'auditor', purpose: 'history', view: 'masked' }),
      expect.objectContaining({ purpose: 'history', view: 'masked' }),
    ]);

    const unknown = await admin(['cases', 'history', randomUUID()]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^error: there is no case [0-9a-f-]{36}\n$/);
  });

  it("reports the imported cases in the bureau's period report, as text, JSON and CSV, before and after a rebuild", async () => {
    const period = ['reports', 'period', '--from', '2023-01-01', '--to', '2023-07-01'];
    const text = await admin(period);
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('上半年，共接收12345推送信息1条，受理消费者各类诉求10件，其中投诉举报9件，为消费者挽回经济损失1499元。');
    const json = await admin([...period, '--format', 'json']);
    const figures = (JSON.parse(json.stdout) as { figures: Record<string, unknown> }).figures;
    expect(figures).toMatchObject({ received: 10, complaintsAndReports: 9, pushedFrom12345: 1, accepted: 5, notAccepted: 1, transferred: 1, recoveredFen: 149_900 });

    const rebuilt = await admin(['projections', 'rebuild']);
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    // The sample's 55 events and the 2 good rows of the file with bad rows, 7 events each.
    expect(rebuilt.stdout).toMatch(/^case-list: rebuilt from 69 events, now generation 2$/m);
    expect(rebuilt.stdout).toMatch(/^figures: rebuilt from 69 events, now generation 2$/m);

    const csv = await admin([...period, '--format', 'csv']);
    expect(csv.code, csv.stderr).toBe(0);
    const rows = csv.stdout.trimEnd().split('\r\n');
    expect(rows[0]).toMatch(/^group,received,complaintsAndReports,pushedFrom12345,/);
    expect(rows.slice(1).map((row) => row.split(',').slice(0, 4).join(','))).toEqual(['2023-03,2,2,0', '2023-04,2,2,1', '2023-05,2,2,0', '2023-06,4,3,0', 'total,10,9,1']);
    const afterRebuild = await admin([...period, '--format', 'json']);
    expect((JSON.parse(afterRebuild.stdout) as { figures: unknown }).figures).toEqual(figures);

    const otherDistrict = await admin([...period, '--district', 'hongshan']);
    expect(otherDistrict.stdout).toContain('受理消费者各类诉求0件');
  });

  it('verifies every case stream, and names the one whose stored event was altered', async () => {
    const intact = await admin(['verify']);
    expect(intact.code, intact.stderr).toBe(0);
    expect(intact.stdout).toBe('verified 12 case streams (69 events): every hash chain is intact\n');

    const caseId = caseIdFor(LEGACY_ID_KIND, 'WC2023-00003');
    await withDatabase((db, eventsTable) =>
      sql`update ${sql.raw(eventsTable)} set data = jsonb_set(data::jsonb, '{summary}', '"商家已发货"')::json where stream_name = ${`case-${caseId}`} and revision = 0`.execute(db),
    );
    const broken = await admin(['verify']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toMatch(new RegExp(`^case ${caseId}: broken at version 1 \\(event [0-9a-f-]{36}\\): hash does not match\\n$`));
    expect(broken.stderr).toBe('error: 1 of 12 case streams (69 events) have a broken hash chain\n');
    const history = await admin(['cases', 'history', caseId]);
    expect(history.stdout).toContain('hash chain BROKEN at version 1 (hash does not match)');
  });
});

describe('npm run admin on an embedded data directory another process holds', { timeout: 60_000 }, () => {
  it('refuses with exit code 1, naming the process and what to do', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'case-admin-locked-'));
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60_000)']);
    try {
      await mkdir(join(dataDir, 'pglite'));
      await writeFile(join(dataDir, 'pglite', 'hotline.lock'), String(holder.pid));
      const run = await runAdmin(['users', 'list'], { DATA_DIR: dataDir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`error: the data directory ${join(dataDir, 'pglite')} is in use by process ${holder.pid}`);
      expect(run.stderr).toContain('The embedded store serves one process at a time: stop `npm start`');
    } finally {
      holder.kill();
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
