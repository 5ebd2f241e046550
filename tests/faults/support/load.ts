/**
 * A load of the product's writes, as a few desks would make it: each client registers a
 * complaint, then accepts, assigns and mediates it step by step at the version it was answered,
 * then starts another. Every answer is kept (status, error code, time taken) and every 2xx write
 * is kept as acknowledged, so a test can hold the store to what clients were told.
 */
import { randomUUID } from 'node:crypto';

export interface Answer {
  readonly path: string;
  /** Date.now() when the request was sent. */
  readonly sentAt: number;
  readonly ms: number;
  /** 0: no answer at all (a timeout, a refused or reset connection). */
  readonly status: number;
  /** The error envelope's code, or why there was no answer. */
  readonly code?: string;
  readonly body?: { caseId?: string; version?: number };
}

/** A write a client was answered 2xx for: the event at `version` of the case carries `correlationId`. */
export interface Acknowledged {
  readonly caseId: string;
  readonly version: number;
  readonly correlationId: string;
}

export interface Load {
  readonly answers: readonly Answer[];
  readonly acknowledged: readonly Acknowledged[];
  /** Stops sending (a 503 is no longer retried) and waits for the requests in flight. */
  stop(): Promise<void>;
}

export interface LoadOptions {
  readonly url: string;
  /** Bearer tokens: the operator registers, the mediator acts. */
  readonly operator: string;
  readonly mediator: string;
  readonly clients: number;
  /** A request not answered within this long counts as no answer. */
  readonly timeoutMs: number;
}

const STEPS: readonly (readonly [string, object])[] = [
  ['accept', {}],
  ['assign', { assigneeId: 'mediator' }],
  ['start-mediation', {}],
  ['record-session', { mode: 'phone', note: '电话联系商家，商家同意检测' }],
  ['record-session', { mode: 'onsite', note: '现场检测确认屏幕故障' }],
];
const RETRY_MS = 100;

/** A complaint as the 12315 desk of Wuchang takes it down, for station Zhongnan (the mediator's). */
export const COMPLAINT = {
  kind: 'complaint',
  channel: 'hotline_12315',
  district: 'wuchang',
  stationId: 'zhongnan',
  complainant: { name: '王秀英', phone: '139 7165 2288' },
  respondent: { name: '武汉市武昌区某某数码通讯店', creditCode: '91350100M000100Y43' },
  category: 'quality',
  subject: 'goods_communication',
  summary: '购买的手机使用一周后屏幕出现绿线，商家拒绝维修和退货',
  claimedAmountFen: 459_900,
  occurredAt: '2026-11-02T09:20:00+08:00',
};

export function startLoad(options: LoadOptions): Load {
  const answers: Answer[] = [];
  const acknowledged: Acknowledged[] = [];
  let stopping = false;

  /**
   * Sends a write until it is answered other than 503, each time with the same Idempotency-Key
   * and correlation id: a write that was stored but whose answer was lost is then recognised as
   * a retry and answered with its first result.
   */
  const write = async (path: string, token: string, body: object, headers: Record<string, string> = {}) => {
    const correlationId = randomUUID();
    const sent = { ...headers, Authorization: token, 'Idempotency-Key': randomUUID(), 'X-Correlation-Id': correlationId };
    for (;;) {
      const answer = await post(options.url, path, sent, body, options.timeoutMs);
      answers.push(answer);
      if (answer.status !== 503 || stopping) return { answer, correlationId };
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
    }
  };

  const client = async () => {
    while (!stopping) {
      const { answer, correlationId } = await write('/api/v1/cases', options.operator, COMPLAINT);
      if (answer.status !== 201) {
        await new Promise((resolve) => setTimeout(resolve, RETRY_MS)); // the test judges the answer; keep the pace down
        continue;
      }
      const caseId = answer.body!.caseId!;
      let version = answer.body!.version!;
      acknowledged.push({ caseId, version, correlationId });
      for (const [action, body] of STEPS) {
        if (stopping) break;
        const step = await write(`/api/v1/cases/${caseId}/${action}`, options.mediator, body, { 'If-Match': `"${version}"` });
        if (step.answer.status !== 200) break;
        version = step.answer.body!.version!;
        acknowledged.push({ caseId, version, correlationId: step.correlationId });
      }
    }
  };

  const running = Promise.all(Array.from({ length: options.clients }, client));
  return {
    answers,
    acknowledged,
    async stop() {
      stopping = true;
      await running;
    },
  };
}

async function post(url: string, path: string, headers: Record<string, string>, body: object, timeoutMs: number): Promise<Answer> {
  const sentAt = Date.now();
  try {
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json = (await response.json().catch(() => undefined)) as { error?: { code?: string }; caseId?: string; version?: number } | undefined;
    const code = json?.error?.code;
    return { path, sentAt, ms: Date.now() - sentAt, status: response.status, ...(code && { code }), ...(response.ok && json && { body: json }) };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return { path, sentAt, ms: Date.now() - sentAt, status: 0, code: cause?.code ?? (error as Error).name };
  }
}
