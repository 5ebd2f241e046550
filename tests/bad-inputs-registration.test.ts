import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chineseText, complaintBody, everyEvent, expectError, register, type Body } from './support/cases';
import { databases, openHotline, type Hotline } from './support/hotline';

const complainant = (overrides: Body) => ({ name: '王秀英', phone: '13971652288', ...overrides });
const respondent = (overrides: Body) => ({ name: '武汉市武昌区某某数码通讯店', ...overrides });

/** A registration the desk must refuse: what is sent, and the answer expected. */
interface BadRegistration {
  readonly name: string;
  readonly body: Body | string;
  readonly status: number;
  readonly code: string;
  /** Fields the issues must name. */
  readonly paths?: readonly string[];
}

const BAD_REGISTRATIONS: readonly BadRegistration[] = [
  // Missing fields
  { name: 'no kind', body: complaintBody({ kind: undefined }), status: 400, code: 'input/invalid', paths: ['kind'] },
  { name: 'no channel', body: complaintBody({ channel: undefined }), status: 400, code: 'input/invalid', paths: ['channel'] },
  { name: 'no district', body: complaintBody({ district: undefined }), status: 400, code: 'input/invalid', paths: ['district'] },
  { name: 'no summary', body: complaintBody({ summary: undefined }), status: 400, code: 'input/invalid', paths: ['summary'] },
  { name: 'a complaint without a complainant (only a report may be anonymous)', body: complaintBody({ complainant: undefined }), status: 400, code: 'input/invalid', paths: ['complainant'] },
  { name: 'a complaint without a respondent', body: complaintBody({ respondent: undefined }), status: 400, code: 'input/invalid', paths: ['respondent'] },
  { name: 'a complainant without a phone', body: complaintBody({ complainant: { name: '王秀英' } }), status: 400, code: 'input/invalid', paths: ['complainant.phone'] },
  { name: 'an empty body', body: {}, status: 400, code: 'input/invalid', paths: ['kind', 'channel', 'district', 'category', 'summary'] },
  { name: 'everything wrong at once names every field', body: complaintBody({ kind: 'compliant', complainant: complainant({ phone: '110' }), claimedAmountFen: -1 }), status: 400, code: 'input/invalid', paths: ['kind', 'complainant.phone', 'claimedAmountFen'] },
  // Wrong types
  { name: 'kind as a number', body: complaintBody({ kind: 1 }), status: 400, code: 'input/invalid', paths: ['kind'] },
  { name: 'an unknown kind', body: complaintBody({ kind: 'compliant' }), status: 400, code: 'input/invalid', paths: ['kind'] },
  { name: 'an unknown channel', body: complaintBody({ channel: 'douyin' }), status: 400, code: 'input/invalid', paths: ['channel'] },
  { name: 'an unknown category', body: complaintBody({ category: '质量问题' }), status: 400, code: 'input/invalid', paths: ['category'] },
  { name: 'a district that is not an id', body: complaintBody({ district: 'Wu Chang' }), status: 400, code: 'input/invalid', paths: ['district'] },
  { name: 'the complainant as a string', body: complaintBody({ complainant: '王秀英 13971652288' }), status: 400, code: 'input/invalid', paths: ['complainant'] },
  { name: 'the summary as an array', body: complaintBody({ summary: ['手机', '屏幕坏了'] }), status: 400, code: 'input/invalid', paths: ['summary'] },
  { name: 'a linked case id that is no uuid', body: complaintBody({ linkedCaseId: '12315-20261102-000001' }), status: 400, code: 'input/invalid', paths: ['linkedCaseId'] },
  { name: 'a JSON array instead of an object', body: '[]', status: 400, code: 'input/invalid' },
  { name: 'a JSON string instead of an object', body: '"投诉"', status: 400, code: 'input/malformed-json' },
  // Oversized and blank strings
  { name: 'a summary of 2001 characters', body: complaintBody({ summary: chineseText(2001) }), status: 400, code: 'input/invalid', paths: ['summary'] },
  { name: 'a blank summary', body: complaintBody({ summary: '   \n ' }), status: 400, code: 'input/invalid', paths: ['summary'] },
  { name: 'a complainant name of 51 characters', body: complaintBody({ complainant: complainant({ name: '张'.repeat(51) }) }), status: 400, code: 'input/invalid', paths: ['complainant.name'] },
  { name: 'a complainant name with digits', body: complaintBody({ complainant: complainant({ name: '张三1' }) }), status: 400, code: 'input/invalid', paths: ['complainant.name'] },
  { name: 'a respondent name of 101 characters', body: complaintBody({ respondent: respondent({ name: '店'.repeat(101) }) }), status: 400, code: 'input/invalid', paths: ['respondent.name'] },
  { name: 'an address of 201 characters', body: complaintBody({ complainant: complainant({ address: '路'.repeat(201) }) }), status: 400, code: 'input/invalid', paths: ['complainant.address'] },
  { name: 'a control character in the respondent name', body: complaintBody({ respondent: respondent({ name: '某某\u0007通讯店' }) }), status: 400, code: 'input/invalid', paths: ['respondent.name'] },
  // Phones, credit codes and ID numbers
  { name: 'a mobile starting 12', body: complaintBody({ complainant: complainant({ phone: '12800138000' }) }), status: 400, code: 'input/invalid', paths: ['complainant.phone'] },
  { name: 'a mobile of 10 digits', body: complaintBody({ complainant: complainant({ phone: '1397165228' }) }), status: 400, code: 'input/invalid', paths: ['complainant.phone'] },
  { name: 'a phone with letters', body: complaintBody({ complainant: complainant({ phone: '027-8765ABCD' }) }), status: 400, code: 'input/invalid', paths: ['complainant.phone'] },
  { name: 'a phone as a number', body: complaintBody({ complainant: complainant({ phone: 13971652288 }) }), status: 400, code: 'input/invalid', paths: ['complainant.phone'] },
  { name: 'a credit code with a wrong check character', body: complaintBody({ respondent: respondent({ creditCode: '91350100M000100Y44' }) }), status: 400, code: 'input/invalid', paths: ['respondent.creditCode'] },
  { name: 'a credit code of 17 characters', body: complaintBody({ respondent: respondent({ creditCode: '91350100M000100Y4' }) }), status: 400, code: 'input/invalid', paths: ['respondent.creditCode'] },
  { name: 'a credit code with the letter O', body: complaintBody({ respondent: respondent({ creditCode: '91350100MO00100Y43' }) }), status: 400, code: 'input/invalid', paths: ['respondent.creditCode'] },
  { name: 'an ID number with a wrong check character', body: complaintBody({ complainant: complainant({ idNumber: '110105194912310021' }) }), status: 400, code: 'input/invalid', paths: ['complainant.idNumber'] },
  // Money
  { name: 'a negative claim', body: complaintBody({ claimedAmountFen: -129_900 }), status: 400, code: 'input/invalid', paths: ['claimedAmountFen'] },
  { name: 'a fractional claim (yuan with cents, not fen)', body: complaintBody({ claimedAmountFen: 1299.5 }), status: 400, code: 'input/invalid', paths: ['claimedAmountFen'] },
  { name: 'a claim as a string', body: complaintBody({ claimedAmountFen: '129900' }), status: 400, code: 'input/invalid', paths: ['claimedAmountFen'] },
  { name: 'a claim over a billion yuan', body: complaintBody({ claimedAmountFen: 100_000_000_001 }), status: 400, code: 'input/invalid', paths: ['claimedAmountFen'] },
  // Times
  { name: 'occurredAt a second after the server clock', body: complaintBody({ occurredAt: '2026-11-23T10:00:01+08:00' }), status: 400, code: 'case/invalid-time', paths: ['occurredAt'] },
  { name: 'occurredAt next year', body: complaintBody({ occurredAt: '2027-01-04T09:00:00+08:00' }), status: 400, code: 'case/invalid-time', paths: ['occurredAt'] },
  { name: 'occurredAt without an offset', body: complaintBody({ occurredAt: '2026-11-02 09:20' }), status: 400, code: 'input/invalid', paths: ['occurredAt'] },
  { name: 'occurredAt as a date only', body: complaintBody({ occurredAt: '2026-11-02' }), status: 400, code: 'input/invalid', paths: ['occurredAt'] },
  { name: 'occurredAt on 30 February', body: complaintBody({ occurredAt: '2026-02-30T09:00:00+08:00' }), status: 400, code: 'input/invalid', paths: ['occurredAt'] },
  { name: 'occurredAt before any rulebook we keep (2020)', body: complaintBody({ occurredAt: '2019-12-31T10:00:00+08:00' }), status: 400, code: 'case/no-rulebook', paths: ['occurredAt'] },
  // Unknown keys
  { name: 'an unknown top-level key', body: complaintBody({ complaintant: { name: '王秀英' } }), status: 400, code: 'input/invalid', paths: ['complaintant'] },
  { name: 'an unknown nested key', body: complaintBody({ complainant: complainant({ mobile: '13971652288' }) }), status: 400, code: 'input/invalid', paths: ['complainant.mobile'] },
  { name: 'a client trying to set the case number', body: complaintBody({ caseNo: '12315-20261102-999999' }), status: 400, code: 'input/invalid', paths: ['caseNo'] },
  // Not JSON, or too much of it
  { name: 'malformed JSON', body: '{"kind": "complaint", "channel": ', status: 400, code: 'input/malformed-json' },
  { name: 'a body over 64 kb', body: JSON.stringify(complaintBody({ summary: 'x'.repeat(70_000) })), status: 413, code: 'input/too-large' },
];

describe.each(databases)('registrations the desk refuses, on $name', (database) => {
  let hotline: Hotline;
  beforeAll(async () => void (hotline = await openHotline(database)));
  afterAll(() => hotline.close());

  it.each(BAD_REGISTRATIONS)('$name → $status $code, nothing written', async ({ body, status, code, paths }) => {
    const before = (await everyEvent(hotline)).length;
    const response = await register(hotline, body);
    expectError(response, status, code, paths);
    expect((await everyEvent(hotline)).length).toBe(before);
  });

  it('an unknown key is named in the message too', async () => {
    const response = await register(hotline, complaintBody({ complaintant: { name: '王秀英' } }));
    expect(response.body.error.issues).toContainEqual({ path: 'complaintant', message: expect.stringContaining('complaintant') });
  });

  it('at the limits the same registration is taken: a summary of exactly 2000 characters, a claim of 0 fen, occurredAt exactly now', async () => {
    const response = await register(hotline, complaintBody({ summary: chineseText(2000), claimedAmountFen: 0, occurredAt: '2026-11-23T10:00:00+08:00' }));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
  });
});
