import type { District, Station } from './places';
import type { Random } from './random';

/**
 * Surnames with rough weights from the 2020 census (王, 李, 张 first), plus the names common
 * in Hubei (胡, 万, 熊, 汪, 喻, 涂).
 */
const SURNAMES: Readonly<Record<string, number>> = {
  王: 70, 李: 69, 张: 66, 刘: 53, 陈: 46, 杨: 31, 黄: 24, 赵: 20, 吴: 20, 周: 19, 徐: 15, 孙: 14, 马: 12,
  朱: 12, 胡: 15, 郭: 11, 何: 10, 高: 9, 林: 9, 罗: 9, 郑: 8, 梁: 7, 谢: 7, 宋: 6, 唐: 6, 许: 6, 韩: 5,
  冯: 5, 邓: 6, 曹: 5, 彭: 6, 曾: 5, 肖: 5, 田: 5, 董: 4, 袁: 4, 潘: 4, 余: 6, 蒋: 4, 蔡: 4, 杜: 3, 叶: 3,
  程: 5, 魏: 3, 吕: 3, 丁: 3, 沈: 3, 姚: 3, 万: 4, 熊: 5, 汪: 5, 喻: 2, 涂: 2, 夏: 3, 方: 3, 雷: 3, 严: 2,
  欧阳: 1, 司马: 0.2,
};
const GIVEN_MALE = '伟强磊军勇杰涛明超斌鹏辉刚浩文俊峰宇凯林波健平建国志华成亮飞鑫晨阳龙'.split('');
const GIVEN_FEMALE = '芳娜敏静丽艳娟霞燕玲婷雪琳颖慧倩洁莉萍红梅佳欣雨晴思怡璐瑶丹月'.split('');

/** A Chinese personal name: a surname and one or two given characters. */
export function chineseName(random: Random): string {
  const surname = random.weighted(SURNAMES);
  const pool = random.chance(0.5) ? GIVEN_MALE : GIVEN_FEMALE;
  const given = random.chance(0.3) ? random.pick(pool) : random.pick(pool) + random.pick(pool);
  return surname + given;
}

const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155',
  '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '185',
  '186', '187', '188', '189', '191', '195', '198', '199',
] as const;

const digits = (random: Random, count: number) => Array.from({ length: count }, () => random.int(0, 9)).join('');

/** An 11-digit mainland mobile number, as the contracts' phone schema spells it. */
export const mobilePhone = (random: Random): string => random.pick(MOBILE_PREFIXES) + digits(random, 8);

/** A landline of the district's city: 0711-3xxxxxx in Ezhou (7 digits), 027-8xxxxxxx in Wuhan (8 digits). */
export function landline(random: Random, district: District): string {
  return district.city.includes('武汉') ? `027-8${digits(random, 7)}` : `0711-${random.pick(['3', '5', '6'])}${digits(random, 6)}`;
}

/** A complainant's phone: mostly mobiles, one in ten a home landline. */
export const phoneOf = (random: Random, district: District): string =>
  random.chance(0.9) ? mobilePhone(random) : landline(random, district);

const ESTATES = ['阳光花园', '锦绣华庭', '滨湖小区', '江南名居', '世纪城', '书香苑', '幸福里', '翰林府', '金地名都', '和谐家园'];

/** A home address near a station: estate, building and flat. */
export function homeAddress(random: Random, district: District, station: Station): string {
  const building = random.int(1, 28);
  const flat = `${random.int(1, 32)}0${random.int(1, 4)}`;
  return `${district.city}${district.name}${random.pick(station.roads)}${random.pick(ESTATES)}${building}栋${flat}室`;
}

/** A shop's street address on one of the station's roads. */
export const shopAddress = (random: Random, district: District, station: Station): string =>
  `${district.city}${district.name}${random.pick(station.roads)}${random.int(1, 388)}号`;
