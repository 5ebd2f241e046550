import type { Respondent, Subject } from '@hotline/domain';
import { creditCode } from './credit-code';
import { shopAddress } from './people';
import type { District, Station } from './places';
import type { Random } from './random';

const TRADE_NAMES = [
  '华联', '万家', '恒达', '鑫源', '金鹏', '新世纪', '百佳', '佳美', '鸿运', '福星', '盛世', '天恒', '富华', '汇通', '安居',
  '康宁', '吉祥', '兴旺', '宏图', '东方', '长江', '楚天', '江城', '凤鸣', '洋澜', '明珠', '美联', '博雅', '优品', '乐购',
  '好邻居', '惠民', '诚信', '金鼎', '瑞丰', '嘉禾', '银泰', '乐活', '晨光', '青柠',
];

/** How businesses of each subject are named: `{city}` the city, `{tn}` a trade name. */
const NAMES: Readonly<Record<Subject, readonly string[]>> = {
  goods_food: ['{tn}超市', '{tn}生鲜便利店', '{tn}食品商行', '{tn}副食店'],
  goods_appliances: ['{city}{tn}电器有限公司', '{tn}家电商场', '{tn}电器专卖店'],
  goods_communication: ['{tn}通讯器材店', '{city}{tn}通信设备有限公司', '{tn}手机卖场'],
  goods_clothing: ['{tn}服饰店', '{tn}鞋业专卖店'],
  goods_vehicles: ['{city}{tn}汽车销售服务有限公司', '{tn}电动车行'],
  goods_household: ['{tn}家居建材商行', '{city}{tn}家具有限公司'],
  goods_cosmetics: ['{tn}化妆品店', '{tn}美妆集合店'],
  goods_medicines: ['{tn}大药房', '{city}{tn}医药连锁有限公司'],
  goods_other: ['{city}{tn}商贸有限公司', '{tn}百货商店'],
  services_catering_lodging: ['{tn}餐馆', '{tn}火锅店', '{city}{tn}大酒店有限公司', '{tn}快捷酒店'],
  services_telecoms: ['中国移动通信集团湖北有限公司{city}分公司', '中国联合网络通信有限公司{city}市分公司', '中国电信股份有限公司{city}分公司', '{tn}通信营业厅'],
  services_internet: ['{city}{tn}网络科技有限公司', '{city}{tn}电子商务有限公司'],
  services_education_training: ['{city}{tn}教育培训学校', '{tn}艺术培训中心', '{city}{tn}驾驶员培训有限公司'],
  services_beauty: ['{tn}美容美发店', '{city}{tn}医疗美容诊所有限公司', '{tn}美甲店'],
  services_property: ['{city}{tn}物业服务有限公司'],
  services_travel: ['{city}{tn}国际旅行社有限公司'],
  services_repair: ['{tn}家电维修部', '{tn}汽车维修中心'],
  services_other: ['{tn}健身俱乐部', '{tn}洗衣店', '{tn}婚纱摄影店', '{city}{tn}家政服务有限公司'],
};

/** Share of draws that meet a business not complained of before; the rest repeat one (rich get richer). */
const NEW_BUSINESS = 0.35;

/**
 * The businesses of a profile, per district and subject. A business already complained of is
 * drawn again in proportion to its past cases, so a few shops collect many complaints, as in
 * the real registers. Each has a fixed name, address and (mostly) a valid credit code.
 */
export function createBusinessRegister(random: Random) {
  const drawn = new Map<string, Respondent[]>();
  const byName = new Map<string, Respondent>();

  const create = (district: District, station: Station, subject: Subject): Respondent => {
    const name = random.pick(NAMES[subject]).replace('{city}', district.city.replace(/^湖北省/, '').replace(/市$/, '')).replace('{tn}', random.pick(TRADE_NAMES));
    const known = byName.get(`${district.id}\u241f${name}`);
    if (known) return known;
    const business: Respondent = {
      name,
      address: shopAddress(random, district, station),
      ...(random.chance(0.85) && { creditCode: creditCode(random, district.divisionCode, name.includes('公司') ? 'company' : 'individual') }),
    };
    byName.set(`${district.id}\u241f${name}`, business);
    return business;
  };

  return {
    /** The business a case names. */
    respondentOf(district: District, station: Station, subject: Subject): Respondent {
      const key = `${district.id}\u241f${subject}`;
      const past = drawn.get(key) ?? drawn.set(key, []).get(key)!;
      const business = past.length === 0 || random.chance(NEW_BUSINESS) ? create(district, station, subject) : random.pick(past);
      past.push(business);
      return business;
    },
  };
}
