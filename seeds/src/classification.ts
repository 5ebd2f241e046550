import type { CaseKind, Category, Subject } from '@hotline/domain';
import type { Random } from './random';

type Weights<K extends string> = Readonly<Partial<Record<K, number>>>;

/**
 * What people complain about, by share (the national 2024 pattern: after-sales, quality and food
 * safety lead; prepaid cards of gyms, schools and salons are a steady local trouble).
 */
const SUBJECTS_OF: Readonly<Record<CaseKind, Weights<Subject>>> = {
  complaint: {
    goods_food: 14, goods_appliances: 11, goods_communication: 8, goods_clothing: 6, goods_vehicles: 4,
    goods_household: 6, goods_cosmetics: 3, goods_medicines: 2, goods_other: 4, services_catering_lodging: 8,
    services_telecoms: 6, services_internet: 7, services_education_training: 6, services_beauty: 5,
    services_property: 3, services_travel: 2, services_repair: 3, services_other: 2,
  },
  report: {
    goods_food: 30, goods_medicines: 6, goods_cosmetics: 5, goods_household: 6, goods_appliances: 4, goods_vehicles: 3,
    goods_clothing: 4, goods_other: 6, services_catering_lodging: 14, services_beauty: 6, services_education_training: 5,
    services_internet: 5, services_other: 6,
  },
  consultation: {
    goods_food: 10, goods_appliances: 10, goods_communication: 8, goods_clothing: 5, goods_vehicles: 4, goods_other: 6,
    services_catering_lodging: 6, services_telecoms: 6, services_internet: 10, services_education_training: 8,
    services_beauty: 6, services_property: 6, services_travel: 4, services_repair: 3, services_other: 8,
  },
};

/** Issue types of a complaint or consultation about each subject. */
const COMPLAINT_CATEGORIES_OF: Readonly<Record<Subject, Weights<Category>>> = {
  goods_food: { food_safety: 50, quality: 18, price: 10, measurement: 8, after_sales: 6, advertising: 4, other: 4 },
  goods_appliances: { quality: 42, after_sales: 40, contract: 8, price: 5, advertising: 5 },
  goods_communication: { quality: 38, after_sales: 38, contract: 10, advertising: 8, price: 6 },
  goods_clothing: { quality: 45, after_sales: 30, trademark: 10, price: 10, other: 5 },
  goods_vehicles: { quality: 40, after_sales: 25, contract: 25, price: 5, safety: 5 },
  goods_household: { quality: 45, after_sales: 30, safety: 10, measurement: 5, price: 10 },
  goods_cosmetics: { quality: 40, advertising: 25, trademark: 15, personal_rights: 10, price: 10 },
  goods_medicines: { quality: 35, price: 35, advertising: 15, licences: 10, other: 5 },
  goods_other: { quality: 40, after_sales: 25, price: 15, contract: 10, other: 10 },
  services_catering_lodging: { food_safety: 35, price: 25, prepaid_card: 20, contract: 10, personal_rights: 10 },
  services_telecoms: { contract: 45, price: 30, personal_rights: 15, after_sales: 10 },
  services_internet: { contract: 35, after_sales: 25, personal_rights: 15, advertising: 10, price: 15 },
  services_education_training: { prepaid_card: 50, contract: 35, advertising: 10, other: 5 },
  services_beauty: { prepaid_card: 45, personal_rights: 20, contract: 15, safety: 10, advertising: 10 },
  services_property: { contract: 55, price: 35, other: 10 },
  services_travel: { contract: 60, price: 20, personal_rights: 10, other: 10 },
  services_repair: { price: 40, quality: 30, contract: 20, other: 10 },
  services_other: { contract: 40, price: 25, prepaid_card: 15, other: 20 },
};

/** Issue types of a report: conduct the law forbids. */
const REPORT_CATEGORIES_OF: Readonly<Record<'goods' | 'services', Weights<Category>>> = {
  goods: { food_safety: 30, quality: 18, advertising: 12, trademark: 10, licences: 8, measurement: 6, price: 8, safety: 6, unfair_competition: 2 },
  services: { licences: 25, food_safety: 20, advertising: 20, price: 15, unfair_competition: 10, safety: 5, other: 5 },
};

export function subjectOf(random: Random, kind: CaseKind): Subject {
  return random.weighted(SUBJECTS_OF[kind] as Record<Subject, number>);
}

export function categoryOf(random: Random, kind: CaseKind, subject: Subject): Category {
  const weights = kind === 'report' ? REPORT_CATEGORIES_OF[subject.startsWith('goods') ? 'goods' : 'services'] : COMPLAINT_CATEGORIES_OF[subject];
  return random.weighted(weights as Record<Category, number>);
}

/** Median claim in yuan and its log-spread: a carton of milk to a car. */
const CLAIMS: Readonly<Record<Subject, readonly [median: number, sigma: number]>> = {
  goods_food: [60, 0.9], goods_appliances: [1_200, 0.7], goods_communication: [1_500, 0.6], goods_clothing: [260, 0.7],
  goods_vehicles: [5_000, 0.9], goods_household: [450, 0.8], goods_cosmetics: [220, 0.7], goods_medicines: [120, 0.8],
  goods_other: [240, 0.9], services_catering_lodging: [200, 0.8], services_telecoms: [120, 0.8], services_internet: [300, 0.9],
  services_education_training: [2_800, 0.7], services_beauty: [1_600, 0.8], services_property: [700, 0.8],
  services_travel: [1_600, 0.7], services_repair: [380, 0.7], services_other: [400, 0.9],
};

/** A claimed amount in fen, rounded to the yuan as people state it, between 10 and 200,000 yuan. */
export function claimedFenOf(random: Random, subject: Subject): number {
  const [median, sigma] = CLAIMS[subject];
  const yuan = Math.min(200_000, Math.max(10, Math.round(random.logNormal(median, sigma))));
  return yuan * 100;
}
