import { handleCaseCommand, type PersonalDataSealer } from '@hotline/case-file';
import type { Actor, CaseCommand, CaseDecider, CaseKind, Category, Channel } from '@hotline/domain';
import type { EventStore } from '@hotline/event-store';
import { registerCase, type CaseNumbers } from '@hotline/intake';

const PEOPLE = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨磊', '赵敏', '黄勇', '周杰', '吴琳', '徐强', '孙丽'];
const BUSINESSES = ['武汉某某电器有限公司', '中南路某某餐馆', '某某通讯营业厅', '某某美容美发店', '某某健身俱乐部', '某某汽车销售服务有限公司'];
const CATEGORIES: Category[] = ['quality', 'after_sales', 'food_safety', 'price', 'prepaid_card', 'contract'];
const CHANNELS: Channel[] = ['hotline_12315', 'web_12315', 'wechat', 'walk_in', 'hotline_12315', 'transfer_12345'];

type Step = (mediatorId: string) => Pick<CaseCommand, 'type' | 'data'>;
/** The lives demo cases lead, by index: open, in mediation, settled, not accepted, reports, consultations. */
const LIVES: { kind: CaseKind; steps: Step[] }[] = [
  { kind: 'complaint', steps: [] },
  { kind: 'complaint', steps: [() => ({ type: 'AcceptComplaint', data: {} }), (mediatorId) => ({ type: 'AssignCase', data: { assigneeId: mediatorId } })] },
  {
    kind: 'complaint',
    steps: [
      () => ({ type: 'AcceptComplaint', data: {} }),
      (mediatorId) => ({ type: 'AssignCase', data: { assigneeId: mediatorId } }),
      () => ({ type: 'StartMediation', data: {} }),
      () => ({ type: 'RecordMediationSession', data: { mode: 'phone', note: '电话联系双方，约定现场调解' } }),
    ],
  },
  {
    kind: 'complaint',
    steps: [
      () => ({ type: 'AcceptComplaint', data: {} }),
      (mediatorId) => ({ type: 'AssignCase', data: { assigneeId: mediatorId } }),
      () => ({ type: 'StartMediation', data: {} }),
      () => ({ type: 'RecordAgreement', data: { refundFen: 129_900, compensationFen: 50_000, terms: '退货退款并赔偿' } }),
      () => ({ type: 'CloseCase', data: { summary: '调解成功' } }),
      () => ({ type: 'RecordFollowUp', data: { satisfaction: 'satisfied' } }),
    ],
  },
  { kind: 'complaint', steps: [() => ({ type: 'RejectComplaint', data: { ground: 'not_consumer_dispute', note: '非生活消费' } })] },
  { kind: 'report', steps: [() => ({ type: 'VerifyReport', data: { finding: '现场检查属实' } })] },
  { kind: 'consultation', steps: [() => ({ type: 'AnswerConsultation', data: { answer: '已告知七日无理由退货规定' } }), () => ({ type: 'CloseCase', data: {} })] },
];

/**
 * A few dozen cases of the Wuchang district's Zhongnan station, received over the past weeks and
 * at every stage of their lives, driven through the real commands with their historical times.
 */
export async function seedDemoCases(
  deps: { store: EventStore; decider: CaseDecider; caseNumbers: CaseNumbers; clock: () => Date; personalData: PersonalDataSealer },
  actors: { operator: Actor; mediator: Actor; manager: Actor },
  count = 36,
): Promise<number> {
  const now = deps.clock().getTime();
  for (let i = 0; i < count; i += 1) {
    const life = LIVES[i % LIVES.length] as (typeof LIVES)[number];
    // Received i+1 days ago at 09:00-ish Beijing time; each step a few hours after the last.
    let at = now - (count - i + 2) * 86_400_000 + (i % 5) * 3_600_000;
    const iso = () => new Date(at).toISOString();
    const channel = CHANNELS[i % CHANNELS.length] as Channel;
    const registration = {
      kind: life.kind,
      channel,
      district: 'wuchang',
      stationId: 'zhongnan',
      complainant: { name: PEOPLE[i % PEOPLE.length] as string, phone: `139${String(10_000_000 + i * 7919).slice(0, 8)}` },
      ...(life.kind !== 'consultation' && { respondent: { name: BUSINESSES[i % BUSINESSES.length] as string } }),
      category: CATEGORIES[i % CATEGORIES.length] as Category,
      summary: `演示案件 ${i + 1}：${life.kind === 'report' ? '举报销售过期食品' : '购买商品后发现质量问题，要求退货'}`,
      claimedAmountFen: 10_000 + i * 3_700,
      ...(channel === 'transfer_12345' && { workOrder: { workOrderNo: `DEMO-12345-${i}`, replyBy: new Date(at + 5 * 86_400_000).toISOString() } }),
    };
    const caseId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    await registerCase(deps, caseId, registration, { actor: actors.operator, occurredAt: iso() }, { correlationId: 'demo-seed', retryKey: 'demo' });
    for (const [version, step] of life.steps.entries()) {
      at += 5 * 3_600_000;
      const { type, data } = step(actors.mediator.id);
      const actor = type === 'RejectComplaint' ? actors.manager : actors.mediator;
      const command = { type, data, metadata: { actor, now: new Date(now).toISOString(), occurredAt: iso() } } as CaseCommand;
      await handleCaseCommand(deps, caseId, command, version + 1, { correlationId: 'demo-seed', retryKey: `demo-${version}` });
    }
  }
  return count;
}
