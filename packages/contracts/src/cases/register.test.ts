import { describe, expect, it } from 'vitest';
import { toIssues } from '../issues';
import { registerCaseBodySchema } from './register';

const complaint = {
  kind: 'complaint',
  channel: 'hotline_12315',
  district: 'wuchang',
  complainant: { name: '张三', phone: '13800138000', address: '武汉市武昌区中南路99号', idNumber: '11010519491231002X' },
  respondent: { name: '武汉某某电器有限公司', address: '武汉市洪山区光谷大道1号', creditCode: '91350100M000100Y43' },
  category: 'after_sales',
  subject: 'goods_appliances',
  summary: '购买的空调不制冷，商家拒绝退货。',
  claimedAmountFen: 329900,
  occurredAt: '2026-05-06T10:15:00+08:00',
};

const issuesOf = (input: unknown) => {
  const result = registerCaseBodySchema.safeParse(input);
  return result.success ? [] : toIssues(result.error);
};

describe('registerCaseBodySchema', () => {
  it('accepts a complete complaint', () => {
    expect(registerCaseBodySchema.parse(complaint)).toEqual(complaint);
  });

  it('accepts a minimal consultation', () => {
    const { subject, claimedAmountFen, occurredAt, ...minimal } = complaint;
    expect(registerCaseBodySchema.safeParse({ ...minimal, kind: 'consultation', complainant: { name: '李四', phone: '027-87654321' } }).success).toBe(true);
  });

  it('accepts an anonymous report without a complainant', () => {
    const { complainant, ...report } = complaint;
    expect(registerCaseBodySchema.safeParse({ ...report, kind: 'report' }).success).toBe(true);
  });

  it.each(['complaint', 'consultation'])('refuses a %s without a complainant, at path complainant', (kind) => {
    const { complainant, ...body } = complaint;
    expect(issuesOf({ ...body, kind })).toEqual([
      { path: 'complainant', message: 'complainant is required for a consultation or complaint; only a report may be anonymous' },
    ]);
  });

  it('reports the missing complainant together with other problems', () => {
    const { complainant, ...body } = complaint;
    expect(issuesOf({ ...body, district: 'Wuchang' }).map((issue) => issue.path)).toEqual(['district', 'complainant']);
  });

  it('points at the nested field that is wrong', () => {
    expect(issuesOf({ ...complaint, complainant: { ...complaint.complainant, phone: '12800138000' } })).toEqual([
      { path: 'complainant.phone', message: expect.stringMatching(/^phone must be an 11-digit mainland mobile number/) },
    ]);
  });

  it('checks the optional ID number and credit code when given', () => {
    const paths = issuesOf({
      ...complaint,
      complainant: { ...complaint.complainant, idNumber: '110105194912310021' },
      respondent: { ...complaint.respondent, creditCode: '91350100M000100Y44' },
    }).map((issue) => issue.path);
    expect(paths).toEqual(['complainant.idNumber', 'respondent.creditCode']);
  });

  it('refuses unknown keys at the top and inside parties', () => {
    const paths = issuesOf({ ...complaint, sumary: 'typo', complainant: { ...complaint.complainant, mobile: '1' } }).map(
      (issue) => issue.path,
    );
    expect(paths.sort()).toEqual(['complainant.mobile', 'sumary']);
  });

  it('refuses an oversized summary and a float claim', () => {
    expect(issuesOf({ ...complaint, summary: '字'.repeat(2001), claimedAmountFen: 3299.5 }).map((issue) => issue.path)).toEqual([
      'summary',
      'claimedAmountFen',
    ]);
  });

  it('accepts a future-looking but well-formed occurredAt (the domain refuses future times)', () => {
    expect(registerCaseBodySchema.safeParse({ ...complaint, occurredAt: '2099-01-01T00:00:00Z' }).success).toBe(true);
  });

  it('refuses a linked case id that is not a UUID', () => {
    expect(issuesOf({ ...complaint, linkedCaseId: 'case-7' }).map((issue) => issue.path)).toEqual(['linkedCaseId']);
  });

  it('says which fields are required when given an empty object', () => {
    expect(issuesOf({}).map((issue) => issue.message)).toEqual([
      'kind is required',
      'channel is required',
      'district is required',
      'category is required',
      'summary is required',
    ]);
  });

  it('requires a respondent for a complaint or report, but not for a consultation', () => {
    const { respondent: _none, ...anonymousBusiness } = complaint;
    expect(issuesOf(anonymousBusiness).map((issue) => issue.path)).toEqual(['respondent']);
    expect(issuesOf({ ...anonymousBusiness, kind: 'report' }).map((issue) => issue.path)).toEqual(['respondent']);
    expect(registerCaseBodySchema.safeParse({ ...anonymousBusiness, kind: 'consultation' }).success).toBe(true);
  });

  it('refuses a body that is not an object', () => {
    expect(issuesOf('hello')).toEqual([{ path: '', message: 'the request body must be a JSON object' }]);
  });
});
