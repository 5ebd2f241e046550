import type { CaseKind, Category, Subject } from '@hotline/domain';
import type { Random } from './random';

/** What was bought or used, by subject. */
const ITEMS: Readonly<Record<Subject, readonly string[]>> = {
  goods_food: ['牛奶', '月饼', '零食礼盒', '食用油', '卤菜', '生日蛋糕', '大米', '鸡蛋', '冷冻水饺', '白酒'],
  goods_appliances: ['空调', '冰箱', '洗衣机', '热水器', '液晶电视', '油烟机', '扫地机器人', '电饭煲'],
  goods_communication: ['手机', '平板电脑', '蓝牙耳机', '智能手表', '笔记本电脑'],
  goods_clothing: ['羽绒服', '运动鞋', '皮鞋', '连衣裙', '童装'],
  goods_vehicles: ['新能源汽车', '二手车', '电动自行车', '摩托车'],
  goods_household: ['沙发', '床垫', '燃气灶', '瓷砖', '定制衣柜', '电动晾衣架'],
  goods_cosmetics: ['面霜', '口红', '精华液', '洗发水'],
  goods_medicines: ['感冒药', '布洛芬', '保健品', '血压计', '口罩'],
  goods_other: ['儿童玩具', '自行车', '眼镜', '黄金首饰', '宠物用品'],
  services_catering_lodging: ['餐饮套餐', '宴席', '酒店住宿', '外卖餐品'],
  services_telecoms: ['宽带套餐', '手机话费套餐', '流量包'],
  services_internet: ['网购商品', '直播间购买的商品', '会员自动续费', '网络游戏充值'],
  services_education_training: ['少儿培训课程', '驾校培训', '成人学历辅导', '舞蹈培训'],
  services_beauty: ['美容护理卡', '美发烫染', '医美项目', '美甲'],
  services_property: ['物业服务', '停车服务', '装修服务'],
  services_travel: ['跟团游', '机票酒店套餐', '景区门票'],
  services_repair: ['家电维修', '手机维修', '汽车维修', '开锁服务'],
  services_other: ['健身卡', '洗衣服务', '摄影套餐', '家政服务'],
};

const COMPLAINTS: Readonly<Partial<Record<Category, readonly string[]>>> = {
  quality: ['在{biz}购买的{item}使用不久即出现质量问题，要求退货退款', '{item}收到后发现存在明显瑕疵，{biz}拒绝退换'],
  after_sales: ['{item}在三包期内多次故障，{biz}拒绝更换或退货', '{item}报修后{biz}长期未上门处理，要求履行售后义务'],
  food_safety: ['在{biz}购买的{item}已过保质期，要求退一赔十', '食用{biz}的{item}后身体不适，怀疑变质，要求赔偿'],
  price: ['{biz}结账价格高于标价，多收{item}费用，要求退还差价', '{biz}对{item}先涨价后打折，要求说明并退款'],
  contract: ['与{biz}约定的{item}未按合同履行，要求解除合同退还费用', '{biz}在{item}中设置不公平格式条款，要求退还定金'],
  prepaid_card: ['在{biz}办理{item}预付卡后商家停业，要求退还余额', '{biz}拒绝退还{item}预付费用余额'],
  personal_rights: ['{biz}在{item}服务中泄露个人信息，要求道歉并赔偿', '在{biz}消费{item}时遭受侮辱搜身，要求赔礼道歉'],
  advertising: ['{biz}宣传的{item}功效与实际严重不符，要求退款', '{item}广告承诺的赠品和优惠{biz}拒不兑现'],
  measurement: ['在{biz}购买{item}发现缺斤短两，要求补足或退款'],
  safety: ['{biz}销售的{item}存在安全隐患，使用中发生损坏，要求赔偿'],
  trademark: ['在{biz}购买的{item}疑似假冒品牌，要求退一赔三'],
  licences: ['{biz}未取得相关许可即提供{item}，要求退款'],
  other: ['在{biz}消费{item}时发生纠纷，要求协调处理'],
};

const REPORTS: Readonly<Partial<Record<Category, readonly string[]>>> = {
  food_safety: ['举报{biz}销售过期{item}', '举报{biz}后厨卫生条件差，{item}存在食品安全隐患'],
  quality: ['举报{biz}销售不合格{item}'],
  advertising: ['举报{biz}发布{item}虚假广告'],
  trademark: ['举报{biz}销售假冒注册商标的{item}'],
  licences: ['举报{biz}无证经营{item}'],
  measurement: ['举报{biz}使用不合格计量器具销售{item}'],
  price: ['举报{biz}{item}价格欺诈、哄抬价格'],
  safety: ['举报{biz}销售存在安全隐患的{item}'],
  unfair_competition: ['举报{biz}对{item}进行虚假宣传、误导消费者'],
  other: ['举报{biz}经营{item}存在违法行为'],
};

const CONSULTATIONS = [
  '咨询购买{item}后七日无理由退货的规定',
  '咨询{item}三包期限及维修规定',
  '咨询{item}预付卡退费的办理途径',
  '咨询如何投诉{item}经营者',
  '咨询{item}格式条款是否有效',
];

/** The operator's one-paragraph summary of the request. */
export function summaryOf(random: Random, kind: CaseKind, category: Category, subject: Subject, business: string | undefined): string {
  const templates = kind === 'consultation' ? CONSULTATIONS : ((kind === 'report' ? REPORTS : COMPLAINTS)[category] ?? COMPLAINTS.other!);
  const item = random.pick(ITEMS[subject]);
  return random.pick(templates).replaceAll('{biz}', business ?? '某商家').replaceAll('{item}', item);
}
