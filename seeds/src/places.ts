/**
 * Districts (county-level offices) and their market-supervision stations (市场监管所), with the
 * administrative division code their businesses' credit codes carry and a few roads for addresses.
 * Ids follow the demo users: district `wuchang`, station `zhongnan`.
 */
export interface Station {
  readonly id: string;
  /** 中南市场监管所 is `中南`. */
  readonly name: string;
  /** Share of the district's cases. */
  readonly weight: number;
  readonly roads: readonly string[];
}

export interface District {
  readonly id: string;
  readonly name: string;
  /** 湖北省鄂州市, 湖北省武汉市: the start of every address. */
  readonly city: string;
  /** GB/T 2260 code, positions 3–8 of a local business's credit code. */
  readonly divisionCode: string;
  /** Share of the profile's cases. */
  readonly weight: number;
  readonly stations: readonly Station[];
}

const station = (id: string, name: string, weight: number, roads: string[]): Station => ({ id, name, weight, roads });

export const EZHOU_DISTRICTS: readonly District[] = [
  {
    id: 'echeng', name: '鄂城区', city: '湖北省鄂州市', divisionCode: '420704', weight: 48,
    stations: [
      station('gulou', '古楼', 22, ['南浦路', '寒溪路', '古楼街', '文星路']),
      station('fenghuang', '凤凰', 22, ['凤凰路', '吴都大道', '滨湖北路', '明塘路']),
      station('xishan', '西山', 12, ['西山路', '洋澜路', '江碧路']),
      station('zelin', '泽林', 8, ['泽林大道', '鄂城大道']),
      station('dushan', '杜山', 6, ['杜山大道']),
      station('tingzu', '汀祖', 7, ['汀祖大道', '鄂城大道']),
      station('huahu', '花湖', 9, ['花湖大道', '武昌大道']),
      station('xinmiao', '新庙', 7, ['新庙大道']),
      station('bishi', '碧石', 4, ['碧石渡大道']),
      station('changgang', '长港', 3, ['长港路']),
    ],
  },
  {
    id: 'huarong', name: '华容区', city: '湖北省鄂州市', divisionCode: '420703', weight: 16,
    stations: [
      station('huarong', '华容', 40, ['华容大道', '建设路']),
      station('duandian', '段店', 20, ['段店大道']),
      station('miaoling', '庙岭', 15, ['庙岭路']),
      station('linjiang', '临江', 12, ['临江大道']),
      station('putuan', '蒲团', 13, ['蒲团路']),
    ],
  },
  {
    id: 'liangzihu', name: '梁子湖区', city: '湖北省鄂州市', divisionCode: '420702', weight: 10,
    stations: [
      station('taihe', '太和', 35, ['太和大道', '梁子湖大道']),
      station('donggou', '东沟', 25, ['东沟大道']),
      station('zhaoshan', '沼山', 15, ['沼山路']),
      station('liangzi', '梁子', 15, ['梁子岛路']),
      station('tujianao', '涂家垴', 10, ['涂镇大道']),
    ],
  },
  {
    id: 'gedian', name: '葛店开发区', city: '湖北省鄂州市', divisionCode: '420703', weight: 16,
    stations: [
      station('gedian', '葛店', 60, ['葛店大道', '高新一路', '创业大道']),
      station('wuyang', '武阳', 40, ['武阳大道', '光谷三路']),
    ],
  },
  {
    id: 'linkong', name: '临空经济区', city: '湖北省鄂州市', divisionCode: '420704', weight: 10,
    stations: [
      station('yanji', '燕矶', 45, ['燕矶大道', '临空大道']),
      station('shawo', '沙窝', 30, ['沙窝路']),
      station('yangye', '杨叶', 25, ['杨叶路']),
    ],
  },
];

export const WUCHANG_DISTRICTS: readonly District[] = [
  {
    id: 'wuchang', name: '武昌区', city: '湖北省武汉市', divisionCode: '420106', weight: 1,
    stations: [
      station('zhongnan', '中南', 14, ['中南路', '中北路', '武珞路']),
      station('shouyi', '首义', 10, ['首义路', '彭刘杨路', '复兴路']),
      station('shuiguohu', '水果湖', 9, ['东湖路', '水果湖横路', '中北路']),
      station('jiyuqiao', '积玉桥', 9, ['和平大道', '积玉桥街', '临江大道']),
      station('yangyuan', '杨园', 8, ['杨园南路', '和平大道']),
      station('xujiapeng', '徐家棚', 10, ['徐东大街', '秦园路', '才茂街']),
      station('liangdao', '粮道街', 6, ['粮道街', '胭脂路']),
      station('ziyang', '紫阳', 7, ['紫阳路', '张之洞路']),
      station('baishazhou', '白沙洲', 7, ['白沙洲大道', '武金堤路']),
      station('nanhu', '南湖', 8, ['文治街', '宝安街', '南湖大道']),
      station('huanghelou', '黄鹤楼', 5, ['民主路', '解放路', '司门口']),
      station('zhonghualu', '中华路', 4, ['中华路', '临江大道']),
      station('luojiashan', '珞珈山', 6, ['珞珈山路', '八一路', '珞喻路']),
    ],
  },
];

/** Offices a case is transferred to when the business lies elsewhere (arts. 13, 14). */
export const TRANSFER_OFFICES: readonly string[] = [
  '武汉市洪山区市场监督管理局',
  '武汉市江夏区市场监督管理局',
  '黄石市市场监督管理局',
  '黄冈市市场监督管理局',
  '杭州市余杭区市场监督管理局',
  '广州市天河区市场监督管理局',
  '北京市朝阳区市场监督管理局',
  '上海市长宁区市场监督管理局',
];
