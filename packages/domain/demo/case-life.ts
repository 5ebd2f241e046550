/**
 * `npm start` until the services exist: one complaint's life through the real decider and the
 * real calendar, printed as a station's file would read it (Asia/Shanghai time, yuan).
 */
import { createChinaCalendar } from '@hotline/calendar';
import { DateTime } from 'luxon';
import {
  BUREAU_ZONE,
  createCaseDecider,
  isCaseError,
  isRegistered,
  rulebookById,
  type Actor,
  type CaseCommand,
  type CaseState,
} from '@hotline/domain';

const decider = createCaseDecider({ calendar: createChinaCalendar() });
const operator: Actor = { id: 'op-li', role: 'operator', districtId: 'wuchang' };
const mediator: Actor = { id: 'med-wang', role: 'mediator', stationId: 'zhongnan', districtId: 'wuchang' };
const now = new Date().toISOString();

type Step = { label: string; command: CaseCommand };
const step = <T extends CaseCommand['type']>(
  label: string,
  type: T,
  data: Extract<CaseCommand, { type: T }>['data'],
  occurredAt: string,
  actor = mediator,
): Step => ({ label, command: { type, data, metadata: { actor, now, occurredAt } } as CaseCommand });

const life: Step[] = [
  step(
    '12315热线登记投诉',
    'RegisterCase',
    {
      caseId: '7d1c2f0e-2a4b-4c6d-8e9f-0a1b2c3d4e5f',
      caseNo: '12315-20260730-000123',
      kind: 'complaint',
      channel: 'hotline_12315',
      district: 'wuchang',
      complainant: { name: '张伟', phone: '13800138000', address: '武汉市武昌区中南路1号' },
      respondent: { name: '武汉某某电器有限公司', creditCode: '91350100M000100Y43' },
      category: 'quality',
      subject: 'goods_appliances',
      summary: '购买的冰箱三天后不制冷，商家拒绝退货',
      claimedAmountFen: 129_900,
    },
    '2026-07-30T10:12:00+08:00',
    operator,
  ),
  step('中南市场监管所受理', 'AcceptComplaint', { stationId: 'zhongnan' }, '2026-08-03T09:30:00+08:00'),
  step('指派调解员', 'AssignCase', { assigneeId: 'med-wang' }, '2026-08-03T09:45:00+08:00'),
  step('开始调解', 'StartMediation', {}, '2026-08-04T14:00:00+08:00'),
  step('电话调解', 'RecordMediationSession', { mode: 'phone', note: '联系商家，商家要求先检测' }, '2026-08-04T14:20:00+08:00'),
  step('送检，中止调解', 'SuspendMediation', { reason: 'testing_or_appraisal', note: '送第三方检测' }, '2026-08-10T16:00:00+08:00'),
  step('检测报告回来，恢复调解', 'ResumeMediation', {}, '2026-08-20T09:00:00+08:00'),
  step('现场调解', 'RecordMediationSession', { mode: 'onsite', note: '检测确认压缩机故障' }, '2026-08-21T10:00:00+08:00'),
  step(
    '达成调解协议',
    'RecordAgreement',
    { refundFen: 129_900, compensationFen: 50_000, terms: '商家退货退款1299元并赔偿500元' },
    '2026-08-21T11:00:00+08:00',
  ),
  step('办结', 'CloseCase', { summary: '调解成功' }, '2026-08-21T15:00:00+08:00'),
  step('回访', 'RecordFollowUp', { satisfaction: 'satisfied', note: '对处理结果满意' }, '2026-08-24T10:00:00+08:00'),
];

const shanghai = (iso: string) => DateTime.fromISO(iso).setZone(BUREAU_ZONE).toFormat('yyyy-MM-dd HH:mm');
const yuan = (fen: number) => `${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2 })} 元`;

let state: CaseState = decider.initialState;
for (const { label, command } of life) {
  const result = decider.decide(command, state);
  if (isCaseError(result)) {
    console.error(`✗ ${label}: ${result.code} ${result.message}`);
    process.exit(1);
  }
  state = result.reduce(decider.evolve, state);
  if (!isRegistered(state)) throw new Error('the registration was not recorded');
  const deadlines = Object.entries(state.deadlines)
    .map(([name, due]) => `${name} ${due}`)
    .join(', ');
  console.log(
    `v${String(state.version).padStart(2)}  ${shanghai(command.metadata.occurredAt ?? now)}  ` +
      `${state.status.padEnd(10)} ${result.map((e) => e.type).join(', ').padEnd(25)} ${label}`,
  );
  if (deadlines) console.log(`${' '.repeat(22)}期限 ${deadlines}`);
}

if (isRegistered(state)) {
  console.log(`\n案件 ${state.caseNo}，适用《${rulebookById(state.rulebook).title}》`);
  console.log(`挽回经济损失: ${yuan(state.agreement?.recoveredFen ?? 0)}（诉求金额 ${yuan(state.claimedAmountFen ?? 0)}）`);
  console.log(`回访: ${state.followUp?.satisfaction}`);
}
