import { randomUUID } from 'node:crypto';
import type { JsonObject, NewEvent } from '../src/index';

/** A registration-sized event body, about 1 KiB of JSON, different every time. */
export function caseEvent(caseId: string, n: number): NewEvent & { data: JsonObject; metadata: JsonObject } {
  return {
    id: randomUUID(),
    type: n === 0 ? 'CaseRegistered' : 'CaseNoted',
    data: {
      caseId,
      kind: 'complaint',
      channel: 'hotline_12315',
      receivedAt: new Date().toISOString(),
      consumer: { name: '张三', phoneHash: randomUUID(), district: '浦东新区', address: '上海市浦东新区世纪大道100号' },
      respondent: { name: '上海某某电器销售有限公司', creditCode: '91310115MA1H8XXXXX', address: '上海市浦东新区张杨路500号' },
      category: 'household_appliances',
      summary: '消费者于商场购买空调一台，安装后三日内出现制冷故障，多次联系商家维修未果，要求退货退款并赔偿损失。'.repeat(2),
      amountFen: 429900 + n,
      attachments: [{ name: 'invoice.jpg', sha256: randomUUID() }, { name: 'chat.png', sha256: randomUUID() }],
    },
    metadata: {
      actorId: 'op-0042',
      role: 'operator',
      stationId: 'scjg-pudong-01',
      correlationId: randomUUID(),
      causationId: randomUUID(),
      command: n === 0 ? 'RegisterCase' : 'AddNote',
      occurredAt: new Date().toISOString(),
      clientIpHash: randomUUID(),
    },
  };
}

/**
 * One writer's commands: each appends one event to a new case stream (a fifth of the time)
 * or to one of the writer's open cases, with the revision it last saw.
 */
export function createWriter(): () => { stream: string; event: ReturnType<typeof caseEvent>; expected: number | 'no_stream'; done(rev: number): void } {
  const open: { stream: string; revision: number }[] = [];
  return () => {
    const existing = open.length > 0 && Math.random() > 0.2 ? open[Math.floor(Math.random() * open.length)] : undefined;
    const caseId = randomUUID();
    const stream = existing?.stream ?? `case-${caseId}`;
    const expected = existing?.revision ?? 'no_stream';
    return {
      stream,
      event: caseEvent(caseId, existing ? existing.revision + 1 : 0),
      expected,
      done(revision) {
        if (existing) existing.revision = revision;
        else open.push({ stream, revision });
      },
    };
  };
}
