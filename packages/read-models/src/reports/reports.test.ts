import { describe, expect, it } from 'vitest';
import { JUNE_FIGURES } from '../testing/june-cases';
import { bureauCount, bureauMoney, bureauPercent } from './bureau-numbers';
import { figuresCsv } from './figures-csv';
import { periodLabel } from './period-label';
import { periodSentence } from './period-sentence';

describe('numbers as the bureaus print them', () => {
  it.each([
    [530, '530'],
    [4156, '4156'],
    [9999, '9999'],
    [10_000, '1万'],
    [14_960, '1.5万'],
    [15_000, '1.5万'],
    [80_437, '8万'],
    [80_512, '8.1万'],
  ])('counts %i as %s', (count, text) => expect(bureauCount(count)).toBe(text));

  it.each([
    [202_800_000, '202.8万元'],
    [202_849_999, '202.8万元'],
    [202_850_000, '202.9万元'],
    [1_000_000, '1万元'],
    [999_999, '10000元'],
    [179_900, '1799元'],
    [0, '0元'],
  ])('money %i fen as %s', (fen, text) => expect(bureauMoney(fen)).toBe(text));

  it('writes percentages with one decimal', () => {
    expect(bureauPercent(0.9855)).toBe('98.6%');
    expect(bureauPercent(1)).toBe('100%');
    expect(bureauPercent(0)).toBe('0%');
  });
});

describe('period labels', () => {
  it.each([
    ['2023-01-01', '2023-07-01', '上半年'],
    ['2023-07-01', '2024-01-01', '下半年'],
    ['2023-01-01', '2024-01-01', '全年'],
    ['2023-04-01', '2023-07-01', '第二季度'],
    ['2023-03-01', '2023-04-01', '3月'],
    ['2023-03-05', '2023-03-20', '2023年3月5日至3月19日'],
    ['2022-01-01', '2023-10-01', '2022年1月1日至2023年9月30日'],
  ])('[%s, %s) is %s', (from, to, label) => expect(periodLabel(from, to)).toBe(label));
});

describe('the period sentence', () => {
  it('reads as the Ezhou bureau wrote it', () => {
    const figures = { ...JUNE_FIGURES, pushedFrom12345: 530, received: 15_012, complaintsAndReports: 4156, recoveredFen: 202_800_000 };
    const [headline, rates] = periodSentence('2023-01-01', '2023-07-01', figures).split('\n');
    expect(headline).toBe('上半年，共接收12345推送信息530条，受理消费者各类诉求1.5万件，其中投诉举报4156件，为消费者挽回经济损失202.8万元。');
    expect(rates).toBe('投诉受理率75%，按时受理率80%，办结率80%，按时办结率75%，调解成功率50%，满意率50%。');
  });

  it('leaves out rates over no cases', () => {
    const none = { value: null, numerator: 0, denominator: 0 };
    const empty = { ...JUNE_FIGURES, acceptanceRate: none, onTimeAcceptanceRate: none, closureRate: none, onTimeClosureRate: none, mediationSuccessRate: none, satisfactionRate: none };
    expect(periodSentence('2023-03-01', '2023-04-01', empty)).not.toContain('\n');
  });
});

describe('figures as CSV', () => {
  it('has one row per group, a total, and each rate in three columns', () => {
    const csv = figuresCsv([{ group: '2026-06', ...JUNE_FIGURES }, { group: null, ...JUNE_FIGURES }], JUNE_FIGURES);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^group,received,complaintsAndReports,pushedFrom12345,accepted,notAccepted,transferred,acceptanceRate,acceptanceRateNumerator,acceptanceRateDenominator,/);
    expect(lines[1]).toMatch(/^2026-06,8,7,1,3,1,1,0\.75,3,4,/);
    expect(lines[2]).toMatch(/^,8,/);
    expect(lines[3]).toMatch(/^total,8,/);
    expect(lines[0]!.split(',')).toHaveLength(lines[1]!.split(',').length);
  });
});
