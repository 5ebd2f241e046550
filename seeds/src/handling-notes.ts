import type { RejectionGround, SessionMode, TerminationGround } from '@hotline/domain';

/** The free text station staff write at each step, as they tend to word it. */
export const SESSION_NOTES: Readonly<Record<SessionMode, readonly string[]>> = {
  phone: ['电话联系被投诉方，转达消费者诉求', '电话回访双方，商家同意协商', '电话调解，双方分歧较大，约定再次协商'],
  onsite: ['组织双方到所现场调解', '赴经营场所现场核实并调解', '现场查看商品，听取双方陈述'],
  online: ['通过全国12315平台在线调解', '视频连线双方进行调解'],
};

export const REJECTION_NOTES: Readonly<Record<RejectionGround, string>> = {
  outside_remit: '不属于市场监管部门职责范围，已告知向相关部门反映',
  already_handled: '该纠纷已由人民法院受理，告知依法通过诉讼解决',
  not_consumer_dispute: '非为生活消费需要购买商品，不属于消费纠纷',
  time_barred: '自知道权益受到损害之日起已超过三年',
  missing_information: '未提供被投诉人具体名称地址及有效证据，经告知后仍未补正',
  identity_refused: '拒绝提供真实身份信息',
  other_legal: '依法不予受理，已告知其他救济途径',
};

export const TERMINATION_NOTES: Readonly<Partial<Record<TerminationGround, string>>> = {
  party_absent_or_refused: '被投诉方拒绝调解，告知消费者可通过诉讼或仲裁解决',
  testing_disagreement: '双方对检测鉴定结论存在争议，终止调解',
  inadmissible_found: '调解中发现不符合受理条件，终止调解',
  deadline_passed: '调解期满未能达成协议',
  other_legal: '依法终止调解',
};

export const FAILED_REASONS = ['双方对赔偿金额分歧过大，无法达成一致', '商家坚持不退款，消费者不接受维修方案'];
export const WITHDRAWAL_NOTES = ['商家已主动与消费者和解，消费者撤回投诉', '消费者表示问题已解决，申请撤回'];
export const SUSPENSION_NOTES = ['送检测机构进行质量鉴定', '委托第三方检测，调解期限中止'];
export const TRANSFER_REASONS = ['被投诉方住所地不在本辖区，依法移送有管辖权的部门', '平台经营者住所地在外地，移送其住所地市场监管部门'];
export const REPORT_FINDINGS = ['经现场检查，举报情况基本属实', '经现场检查，未发现举报所述违法行为', '经调取进货台账核查，部分属实'];
export const DECLINE_REASONS = ['经核查违法事实不成立，不予立案', '违法行为轻微并及时改正，没有造成危害后果，不予立案', '证据不足，不予立案'];
export const ANSWERS = ['已告知相关法律规定及维权途径', '已解答，告知可登录全国12315平台提交投诉', '已告知七日无理由退货规定及例外情形'];
export const CLOSE_SUMMARIES: Readonly<Record<'agreed' | 'terminated' | 'withdrawn' | 'filed' | 'not_filed' | 'answered', string>> = {
  agreed: '调解成功，办结',
  terminated: '终止调解，已告知双方，办结',
  withdrawn: '消费者撤回投诉，办结',
  filed: '已立案查处，办结',
  not_filed: '不予立案，已告知举报人，办结',
  answered: '咨询已解答',
};
export const FOLLOW_UP_NOTES = ['电话回访，消费者对处理结果表示认可', '回访时消费者表示已收到退款', '消费者认为处理时间偏长'];

/** Terms of an agreement that names its amounts in yuan. */
export function agreementTerms(refundFen: number, compensationFen: number, otherFen: number): string {
  const yuan = (fen: number) => (fen / 100).toFixed(2).replace(/\.00$/, '');
  const parts = [
    refundFen > 0 && `商家退还消费者${yuan(refundFen)}元`,
    compensationFen > 0 && `赔偿${yuan(compensationFen)}元`,
    otherFen > 0 && `另承担其他损失${yuan(otherFen)}元`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? `${parts.join('，')}，双方当场履行` : '商家为消费者免费更换商品，双方无其他争议';
}
