/** The screens' words, Chinese first; the toggle shows the English. */
export const WORDS = {
  title: { zh: '12315 登记台', en: '12315 intake desk' },
  signIn: { zh: '登录', en: 'Sign in' },
  username: { zh: '用户名', en: 'Username' },
  password: { zh: '密码', en: 'Password' },
  register: { zh: '登记', en: 'Register' },
  kind: { zh: '类型', en: 'Kind' },
  channel: { zh: '渠道', en: 'Channel' },
  complainantName: { zh: '投诉人姓名', en: 'Complainant' },
  complainantPhone: { zh: '联系电话', en: 'Phone' },
  respondentName: { zh: '被投诉方', en: 'Business' },
  category: { zh: '问题类别', en: 'Issue' },
  summary: { zh: '诉求内容', en: 'What happened' },
  claimedYuan: { zh: '涉及金额（元）', en: 'Amount (yuan)' },
  queue: { zh: '本站待办', en: 'Station queue' },
  registered: { zh: '已登记', en: 'Registered' },
  overdue: { zh: '已超期', en: 'overdue' },
  language: { zh: 'English', en: '中文' },
  failed: { zh: '未能登记', en: 'Not registered' },
  dashboardTitle: { zh: '消费维权看板', en: 'Consumer-rights dashboard' },
  received: { zh: '各类诉求', en: 'Received' },
  accepted: { zh: '受理', en: 'Accepted' },
  closed: { zh: '办结', en: 'Closed' },
  acceptanceRate: { zh: '受理率', en: 'Acceptance rate' },
  closureRate: { zh: '办结率', en: 'Closure rate' },
  onTimeClosureRate: { zh: '按时办结率', en: 'On-time closure' },
  satisfactionRate: { zh: '满意率', en: 'Satisfaction' },
  recoveredFen: { zh: '挽回经济损失', en: 'Recovered' },
  open: { zh: '在办', en: 'Open' },
  overdue2: { zh: '超期', en: 'Overdue' },
  byMonth: { zh: '按月办结率与挽回损失', en: 'Closure rate and recovered losses by month' },
  byStation: { zh: '按站所', en: 'By station' },
  station: { zh: '站所', en: 'Station' },
  downloadCsv: { zh: '下载CSV', en: 'Download CSV' },
  replayTitle: { zh: '案件回放', en: 'Case replay' },
  case: { zh: '案件', en: 'Case' },
  timeline: { zh: '时间线', en: 'Timeline' },
  stateAt: { zh: '该版本时的案件', en: 'The case at this version' },
  chainIntact: { zh: '哈希链完整', en: 'Hash chain intact' },
  chainBroken: { zh: '哈希链断裂于第', en: 'Hash chain broken at version' },
} as const;

export type Language = 'zh' | 'en';
export type Word = keyof typeof WORDS;

export const say = (word: Word, language: Language): string => WORDS[word][language];

/** The names of the vocabulary's values, as the desks say them. */
export const VALUE_NAMES: Record<string, { zh: string; en: string }> = {
  consultation: { zh: '咨询', en: 'Consultation' },
  complaint: { zh: '投诉', en: 'Complaint' },
  report: { zh: '举报', en: 'Report' },
  hotline_12315: { zh: '12315热线', en: '12315 hotline' },
  web_12315: { zh: '12315平台', en: '12315 web' },
  transfer_12345: { zh: '12345转办', en: 'From 12345' },
  wechat: { zh: '微信', en: 'WeChat' },
  walk_in: { zh: '来访', en: 'Walk-in' },
  letter: { zh: '来信', en: 'Letter' },
  after_sales: { zh: '售后服务', en: 'After-sales' },
  food_safety: { zh: '食品安全', en: 'Food safety' },
  quality: { zh: '质量', en: 'Quality' },
  price: { zh: '价格', en: 'Price' },
  contract: { zh: '合同', en: 'Contract' },
  unfair_competition: { zh: '不正当竞争', en: 'Unfair competition' },
  measurement: { zh: '计量', en: 'Measurement' },
  advertising: { zh: '广告', en: 'Advertising' },
  safety: { zh: '安全', en: 'Safety' },
  trademark: { zh: '商标', en: 'Trademark' },
  prepaid_card: { zh: '预付卡', en: 'Prepaid card' },
  personal_rights: { zh: '人格权益', en: 'Personal rights' },
  licences: { zh: '证照', en: 'Licences' },
  other: { zh: '其他', en: 'Other' },
};

/** How many working days are left, in each language. */
export const daysLeft = (days: number, language: Language): string => (language === 'zh' ? `剩余${days}个工作日` : `${days} working days left`);
