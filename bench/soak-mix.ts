/**
 * The soak's mix: a station's working day, sped up. In every 25 requests the operator registers
 * one complaint, the mediator takes six steps on the cases waiting on the station's desk (oldest
 * first, so each walks accept → assign → start-mediation → record-session → record-agreement →
 * close, one step at a time), and the four roles read cases, their history, the list and the figures.
 * Writes carry an Idempotency-Key, as a client that retries on a timeout must; the soak never retries.
 */
import { randomUUID } from 'node:crypto';
import type { Recorder } from './soak-measure';

export const ROLES = ['operator', 'mediator', 'manager', 'auditor'] as const;
export type Role = (typeof ROLES)[number];

/** The slots of one cycle, spread so that no kind comes in a burst. */
const SLOTS = [
  'register', 'act', 'case', 'list', 'act', 'case', 'stats', 'act', 'list', 'history', 'act', 'case', 'list',
  'act', 'report', 'case', 'list', 'act', 'stats', 'case', 'list', 'history', 'case', 'list', 'stats',
] as const;

/** A case's life after registration: each step's action and body (n numbers the case). */
const LIFE: readonly [string, (n: number) => object][] = [
  ['accept', () => ({})],
  ['assign', () => ({ assigneeId: 'mediator' })],
  ['start-mediation', () => ({})],
  ['record-session', () => ({ mode: 'phone', note: '电话联系商家，商家同意检测后退货' })],
  ['record-agreement', (n) => ({ refundFen: claimedFen(n), compensationFen: 0, terms: '商家退货退款' })],
  ['close', () => ({ summary: '调解成功' })],
];

const claimedFen = (n: number) => 19_900 + (n % 50) * 10_000;
/** Complainants come back: a pool of 200 phone numbers, so a phone search in the list finds a person's several cases. */
const PHONES = 200;
const phoneOf = (n: number) => `139${String(71_650_000 + (n % PHONES))}`;

interface OpenCase {
  readonly caseId: string;
  readonly n: number;
  version: number;
  step: number;
}

interface Request {
  readonly kind: string;
  readonly as: Role;
  readonly path: string;
  readonly body?: object;
  readonly headers?: Record<string, string>;
  readonly expect: number;
}

export interface Mix {
  /** Sends the request of slot `slot`, due at `due` (performance.now()), and records it. */
  send(slot: number, due: number): Promise<void>;
  readonly registered: number;
  readonly closed: number;
}

export function createMix({ url, tokens, recorder }: { url: string; tokens: Record<Role, string>; recorder: Recorder }): Mix {
  const desk: OpenCase[] = []; // cases waiting for the mediator's next step, oldest first
  const recent: string[] = []; // the last 500 cases registered, for the reads
  let numbered = 0; // numbers each registration's body
  let registered = 0;
  let closed = 0;

  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const year = Number(today.slice(0, 4));
  const yearSpan = `from=${year}-01-01&to=${year + 1}-01-01`;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T;

  /**
   * One request; latency runs from when it was due, not when it went out, so a driver running
   * late shows in the figures instead of hiding a slow server (open loop, no coordinated omission).
   * Any status but the expected one is an error, a 409 included: each case has one client.
   */
  async function call(request: Request, due: number): Promise<{ version?: number; caseId?: string } | undefined> {
    let failure: string | undefined;
    let answer: { version?: number; caseId?: string } | undefined;
    try {
      const response = await fetch(`${url}${request.path}`, {
        method: request.body ? 'POST' : 'GET',
        headers: { authorization: `Bearer ${tokens[request.as]}`, ...(request.body && { 'content-type': 'application/json' }), ...request.headers },
        ...(request.body && { body: JSON.stringify(request.body) }),
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      if (response.status === request.expect) answer = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : {};
      else failure = `${response.status} ${text.slice(0, 200)}`;
    } catch (error) {
      failure = String(error);
    }
    recorder.record(request.kind, request.as, due, performance.now() - due, failure);
    return answer;
  }

  async function register(due: number): Promise<void> {
    const n = numbered++;
    const answer = await call(
      {
        kind: 'POST /cases',
        as: 'operator',
        path: '/api/v1/cases',
        headers: { 'idempotency-key': randomUUID() },
        body: {
          kind: 'complaint',
          channel: 'hotline_12315',
          district: 'wuchang',
          stationId: 'zhongnan',
          complainant: { name: '王秀英', phone: phoneOf(n), address: '武汉市武昌区中南路街道民主路88号' },
          respondent: { name: '武汉市武昌区某某数码通讯店', address: '武汉市武昌区中南路12号', creditCode: '91350100M000100Y43' },
          category: 'quality',
          subject: 'goods_communication',
          summary: `在该店购买的手机使用一周后屏幕出现绿线，商家拒绝维修和退货（第${n}件）`,
          claimedAmountFen: claimedFen(n),
        },
        expect: 201,
      },
      due,
    );
    if (!answer?.caseId) return;
    registered++;
    desk.push({ caseId: answer.caseId, n, version: answer.version ?? 1, step: 0 });
    recent.push(answer.caseId);
    if (recent.length > 500) recent.shift();
  }

  /** The mediator's next step on the oldest waiting case; the case leaves the desk while its step is in flight. */
  async function act(open: OpenCase, due: number): Promise<void> {
    const [action, body] = LIFE[open.step]!;
    const answer = await call(
      {
        kind: `POST …/${action}`,
        as: 'mediator',
        path: `/api/v1/cases/${open.caseId}/${action}`,
        headers: { 'if-match': `"${open.version}"`, 'idempotency-key': randomUUID() },
        body: body(open.n),
        expect: 200,
      },
      due,
    );
    if (answer?.version === undefined) return; // counted as an error; the case drops out of the mix
    open.version = answer.version;
    if (++open.step < LIFE.length) desk.push(open);
    else closed++;
  }

  /** A GET answered 200, its body not needed. */
  const read = async (kind: string, as: Role, path: string, due: number) => void (await call({ kind, as, path, expect: 200 }, due));

  const lists: [Role, () => string][] = [
    ['mediator', () => 'station=zhongnan&status=mediating'],
    ['mediator', () => 'assignee=mediator&limit=20'],
    ['operator', () => `receivedFrom=${today}&limit=20`],
    ['operator', () => `q=${phoneOf(Math.floor(Math.random() * PHONES))}`],
    ['manager', () => 'overdue=true'],
    ['auditor', () => 'district=wuchang&kind=complaint&limit=100'],
  ];
  const list = (due: number) => {
    const [as, query] = pick(lists);
    return read('GET /cases?…', as, `/api/v1/cases?${query()}`, due);
  };

  const stats: [Role, string][] = [
    ['manager', `/api/v1/stats?${yearSpan}&groupBy=month`],
    ['manager', `/api/v1/stats?${yearSpan}&groupBy=station&kind=complaint`],
    ['auditor', `/api/v1/stats?${yearSpan}&district=wuchang`],
  ];
  const reports = [`/api/v1/reports/period?${yearSpan}&format=text`, `/api/v1/reports/period?${yearSpan}&format=csv`];

  return {
    get registered() {
      return registered;
    },
    get closed() {
      return closed;
    },
    async send(slot, due) {
      // Before the first answers there is nothing to act on or read: the person looks at the list instead.
      switch (SLOTS[slot % SLOTS.length]) {
        case 'register':
          return register(due);
        case 'act': {
          const open = desk.shift();
          return open ? act(open, due) : list(due);
        }
        case 'case':
          return recent.length > 0 ? read('GET /cases/:id', pick(ROLES), `/api/v1/cases/${pick(recent)}`, due) : list(due);
        case 'history':
          return recent.length > 0 ? read('GET …/history', pick<Role>(['auditor', 'manager']), `/api/v1/cases/${pick(recent)}/history`, due) : list(due);
        case 'stats': {
          const [as, path] = pick(stats);
          return read('GET /stats', as, path, due);
        }
        case 'report':
          return read('GET /reports/period', 'manager', pick(reports), due);
        default:
          return list(due);
      }
    },
  };
}
