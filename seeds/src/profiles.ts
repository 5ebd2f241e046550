import type { CaseKind, Channel, LocalDate } from '@hotline/domain';
import { EZHOU_DISTRICTS, WUCHANG_DISTRICTS, type District } from './places';

export const PROFILE_NAMES = ['ezhou-2023h1', 'wuchang-2022-2023'] as const;
export type ProfileName = (typeof PROFILE_NAMES)[number];

/** A count at full scale, and how far the plan may draw it away (0: exact). */
export interface Volume {
  readonly count: number;
  readonly jitter?: readonly [min: number, max: number];
}

/** One bureau's period, places and volumes, calibrated to its report. */
export interface Profile {
  readonly name: ProfileName;
  /** The sentence of the bureau's report the profile reproduces. */
  readonly source: string;
  /** [from, to) in Asia/Shanghai. */
  readonly period: { readonly from: LocalDate; readonly to: LocalDate };
  readonly districts: readonly District[];
  /** Cases of every kind received in the period. */
  readonly received: Volume;
  readonly complaintsAndReports: Volume;
  /** Of the complaints and reports, the share that are reports. */
  readonly reportShare: number;
  readonly pushedFrom12345: Volume;
  /** What the pushed work orders are. */
  readonly pushedKinds: Readonly<Record<CaseKind, number>>;
  /** The channels of the cases not pushed by 12345. */
  readonly channels: Readonly<Partial<Record<Exclude<Channel, 'transfer_12345'>, number>>>;
  /** Recovered losses of the agreements reached in the period, fen; absent: drawn freely. */
  readonly recoveredFen?: number;
  /** Acceptance decisions on complaints. */
  readonly decisions: Readonly<Record<'accepted' | 'notAccepted' | 'transferred', number>>;
  /** Share of reports transferred to another office. */
  readonly reportTransferShare: number;
  /** Share of accepted complaints and verified reports still open today (a long test, a pending decision). */
  readonly openShare: number;
  /** Relative volume of each calendar month (1–12). */
  readonly monthWeights: Readonly<Record<number, number>>;
  /** Prefix of the 12345 work order numbers. */
  readonly workOrderPrefix: string;
  /** How the bureau's enforcement case numbers start, e.g. 鄂州市监立字. */
  readonly enforcementPrefix: string;
}

const EZHOU: Profile = {
  name: 'ezhou-2023h1',
  source: '上半年，共接收12345推送信息530条，受理消费者各类诉求1.5万件，其中投诉举报4156件，为消费者挽回经济损失202.8万元。',
  period: { from: '2023-01-01', to: '2023-07-01' },
  districts: EZHOU_DISTRICTS,
  received: { count: 15_000, jitter: [-40, 40] },
  complaintsAndReports: { count: 4_156 },
  reportShare: 0.15,
  pushedFrom12345: { count: 530 },
  pushedKinds: { complaint: 0.6, report: 0.15, consultation: 0.25 },
  channels: { hotline_12315: 50, web_12315: 22, wechat: 14, walk_in: 10, letter: 4 },
  recoveredFen: 202_800_000,
  decisions: { accepted: 88, notAccepted: 8, transferred: 4 },
  reportTransferShare: 0.03,
  openShare: 0.01,
  // The Spring Festival (22 Jan 2023) quietens February; 3·15 and 618 bring complaints.
  monthWeights: { 1: 1, 2: 0.85, 3: 1.25, 4: 1, 5: 1.05, 6: 1.15 },
  workOrderPrefix: 'EZ',
  enforcementPrefix: '鄂州市监立字',
};

const WUCHANG: Profile = {
  name: 'wuchang-2022-2023',
  source: '2022年至2023年9月，通过12345、12315受理投诉举报8万余件，初查率、受理率、核查率均为100%。',
  period: { from: '2022-01-01', to: '2023-10-01' },
  districts: WUCHANG_DISTRICTS,
  received: { count: 100_000, jitter: [-500, 500] },
  complaintsAndReports: { count: 80_000, jitter: [200, 1_200] },
  reportShare: 0.18,
  pushedFrom12345: { count: 38_000, jitter: [-300, 300] },
  pushedKinds: { complaint: 0.7, report: 0.18, consultation: 0.12 },
  channels: { hotline_12315: 55, web_12315: 30, wechat: 15 },
  decisions: { accepted: 97, notAccepted: 0, transferred: 3 },
  reportTransferShare: 0.03,
  openShare: 0.004,
  // 2022: the Spring Festival on 1 Feb, 双11 in November, the winter wave of December (medicine prices).
  monthWeights: { 1: 1, 2: 0.85, 3: 1.2, 4: 0.95, 5: 1, 6: 1.1, 7: 1.05, 8: 1, 9: 1, 10: 0.95, 11: 1.15, 12: 1.25 },
  workOrderPrefix: 'WH',
  enforcementPrefix: '武昌市监立字',
};

export const PROFILES: Readonly<Record<ProfileName, Profile>> = { 'ezhou-2023h1': EZHOU, 'wuchang-2022-2023': WUCHANG };

export const isProfileName = (name: string): name is ProfileName => (PROFILE_NAMES as readonly string[]).includes(name);
