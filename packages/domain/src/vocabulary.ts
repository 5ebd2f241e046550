/**
 * The words of the case, kept as data so that HTTP contracts, screens and
 * projections all speak from one list. Source: ../shared/DOMAIN.md.
 */

export const CASE_KINDS = ['consultation', 'complaint', 'report'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const CHANNELS = ['hotline_12315', 'web_12315', 'transfer_12345', 'wechat', 'walk_in', 'letter'] as const;
export type Channel = (typeof CHANNELS)[number];

export const ROLES = ['operator', 'mediator', 'manager', 'auditor', 'admin', 'integration'] as const;
export type Role = (typeof ROLES)[number];

/** Issue type (投诉问题): the `category` of the HTTP contract. */
export const CATEGORIES = [
  'after_sales',
  'food_safety',
  'quality',
  'price',
  'contract',
  'unfair_competition',
  'measurement',
  'advertising',
  'safety',
  'trademark',
  'prepaid_card',
  'personal_rights',
  'licences',
  'other',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Subject (商品/服务): the optional second classification axis. */
export const SUBJECTS = [
  'goods_food',
  'goods_appliances',
  'goods_communication',
  'goods_clothing',
  'goods_vehicles',
  'goods_household',
  'goods_cosmetics',
  'goods_medicines',
  'goods_other',
  'services_catering_lodging',
  'services_telecoms',
  'services_internet',
  'services_education_training',
  'services_beauty',
  'services_property',
  'services_travel',
  'services_repair',
  'services_other',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export const SESSION_MODES = ['phone', 'onsite', 'online'] as const;
export type SessionMode = (typeof SESSION_MODES)[number];

export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTION_LEVELS)[number];
