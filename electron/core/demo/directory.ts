import type { Db } from '../../../db/client';
import { departmentsById } from '../departments';
import { type ItemRecord, createItem } from '../items';
import { insertExpert, insertInspector, insertRecusal } from '../inspectors';
import { sampleSubjectIds } from '../subjects';
import type { DemoRandom } from './random';
import { GIVEN, SURNAMES } from './vocabulary';

/** Per department, the matters it typically inspects: [topic, legal basis]. */
const TOPICS: Record<string, [string, string][]> = {
  市场监管: [
    ['食品经营者经营条件', '《中华人民共和国食品安全法》'],
    ['食品生产企业生产条件', '《中华人民共和国食品安全法》'],
    ['特种设备使用单位安全管理', '《中华人民共和国特种设备安全法》'],
    ['企业年度报告公示信息', '《企业信息公示暂行条例》'],
    ['计量器具使用', '《中华人民共和国计量法》'],
    ['产品质量监督抽查', '《中华人民共和国产品质量法》'],
    ['价格行为', '《中华人民共和国价格法》'],
    ['广告发布行为', '《中华人民共和国广告法》'],
    ['药品零售企业经营行为', '《中华人民共和国药品管理法》'],
    ['医疗器械经营企业', '《医疗器械监督管理条例》'],
  ],
  卫健: [
    ['公共场所卫生', '《公共场所卫生管理条例》'],
    ['生活饮用水卫生', '《生活饮用水卫生监督管理办法》'],
    ['医疗机构依法执业', '《医疗机构管理条例》'],
  ],
  应急: [
    ['危险化学品经营单位安全生产', '《危险化学品安全管理条例》'],
    ['工贸企业安全生产', '《中华人民共和国安全生产法》'],
  ],
  消防: [['人员密集场所消防安全', '《中华人民共和国消防法》']],
  税务: [
    ['发票使用管理', '《中华人民共和国发票管理办法》'],
    ['纳税申报', '《中华人民共和国税收征收管理法》'],
  ],
  生态环境: [
    ['排污许可执行情况', '《排污许可管理条例》'],
    ['建设项目环评执行', '《中华人民共和国环境影响评价法》'],
  ],
  交通: [
    ['道路运输经营', '《中华人民共和国道路运输条例》'],
    ['机动车维修经营', '《机动车维修管理规定》'],
  ],
  住建: [
    ['建筑施工企业资质', '《建筑业企业资质管理规定》'],
    ['房地产开发经营', '《城市房地产开发经营管理条例》'],
  ],
  农牧: [
    ['农药经营', '《农药管理条例》'],
    ['兽药经营', '《兽药管理条例》'],
    ['种子生产经营', '《中华人民共和国种子法》'],
  ],
  文旅: [
    ['娱乐场所经营', '《娱乐场所管理条例》'],
    ['旅行社经营', '《旅行社条例》'],
  ],
  人社: [['劳动用工', '《劳动保障监察条例》']],
  教科: [['民办培训机构办学', '《中华人民共和国民办教育促进法》']],
  医保: [['定点医药机构医保基金使用', '《医疗保障基金使用监督管理条例》']],
  自然资源: [['矿产资源开采', '《中华人民共和国矿产资源法》']],
  公安: [['旅馆业治安管理', '《旅馆业治安管理办法》']],
};

const ASPECTS = ['', '（日常）', '（专项）', '经营资质', '台账记录', '从业人员'];

/** About 200 items across the departments, key ones uncapped, general ones with caps; versions start 1 January. */
export function writeDemoItems(db: Db, random: DemoRandom, year: number, now: Date, target = 200): number {
  const depts = new Map([...departmentsById(db).values()].map((d) => [d.shortName, d]));
  const records: ItemRecord[] = [];
  let n = 0;
  while (records.length < target) {
    for (const [short, topics] of Object.entries(TOPICS)) {
      const dept = depts.get(short);
      if (!dept) continue;
      for (const [topic, basis] of topics) {
        if (records.length >= target) break;
        const aspect = ASPECTS[Math.floor(n / 40) % ASPECTS.length] ?? '';
        n += 1;
        const key = /特种设备|危险化学品|消防|药品|医疗/.test(topic);
        const ratioCap = key ? null : random.pick([3, 5, 5, 10, 20]);
        records.push({
          code: `${dept.code}-${String(records.filter((r) => r.departmentId === dept.id).length + 1).padStart(3, '0')}`,
          departmentId: dept.id,
          name: `${topic}${aspect}检查`,
          basis: `${basis}相关条款`,
          content: `检查${topic}${aspect}是否符合规定`,
          objectType: '市场主体',
          methods: random.chance(0.3) ? ['实地核查', '书面检查'] : ['实地核查'],
          category: key ? 'key' : 'general',
          ratioCap,
          frequencyCap: key ? null : random.pick([1, 1, 2]),
          ratioCapA: null,
          ratioCapB: null,
          ratioCapC: null,
          // The demo plan draws class D at 10%: a general item states that class's own cap (issue 16: caps bind every
          // class; an office sets a higher one for D in the item itself).
          ratioCapD: ratioCap === null ? null : Math.max(ratioCap, 10),
          frequencyCapA: null,
          frequencyCapB: null,
          frequencyCapC: null,
          frequencyCapD: null,
        });
      }
    }
  }
  db.$client
    .transaction(() => {
      for (const r of records)
        createItem(db, r, { effectiveFrom: `${year}-01-01`, reason: '演示数据', actorName: '演示数据', at: now });
    })
    .immediate();
  return records.length;
}

/** About 150 officers (a few with expiring or expired certificates), some recusals, and a score of experts. */
export function writeDemoInspectors(
  db: Db,
  random: DemoRandom,
  year: number,
  now: Date,
  count = 150,
): { inspectors: number; experts: number } {
  const depts = [...departmentsById(db).values()];
  const weights = depts.map(
    (d) =>
      [
        d,
        d.isLead
          ? 12
          : ['卫健', '应急', '税务', '农牧', '交通', '住建', '消防', '生态环境'].includes(d.shortName)
            ? 3
            : 1,
      ] as const,
  );
  const sample = sampleSubjectIds(db, 97, 400);
  // Written as the inspectors area writes any officer: each one's history starts with its creation, marked 演示数据.
  const stamp = { at: now.toISOString(), actorName: '演示数据', source: 'demo' } as const;
  db.$client
    .transaction(() => {
      for (let i = 0; i < count; i++) {
        const dept = random.weighted(weights);
        const validTo = random.chance(0.06)
          ? `${year - 1}-12-31`
          : random.chance(0.05)
            ? `${year}-12-15`
            : `${year + 1 + random.int(4)}-12-31`;
        const id = insertInspector(
          db,
          {
            name: random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.6) ? random.pick(GIVEN) : ''),
            departmentId: dept.id,
            certNo: `NM${dept.code}${String(1000 + i)}`,
            certValidFrom: `${year - 3}-01-01`,
            certValidTo: validTo,
            position: random.pick(['科员', '副科长', '科长', '执法队员', '所长']),
            qualifications: ['行政执法资格'],
            expertise: random.chance(0.5)
              ? [random.pick(['食品', '特种设备', '药品', '计量', '价格', '广告', '安全生产', '消防'])]
              : [],
            regionCode: '150222',
            phone: `138${String(10_000_000 + random.int(89_999_999))}`,
            active: !random.chance(0.03),
          },
          stamp,
        );
        const subjectId = sample.length ? random.pick(sample) : undefined;
        if (subjectId !== undefined && random.chance(0.2)) {
          insertRecusal(
            db,
            {
              inspectorId: id,
              kind: 'subject',
              subjectId,
              relation: '本人或近亲属经营',
              reason: '近亲属经营（演示数据）',
            },
            now,
          );
        }
      }
      const orgs = [
        ['包头市特种设备检验所', '检测机构', '压力容器、电梯'],
        ['包头市食品药品检验检测中心', '检测机构', '食品检验'],
        ['内蒙古科技大学', '高校', '材料与安全工程'],
        ['内蒙古农业大学', '高校', '农产品质量'],
        ['包头市计量测试研究所', '科研院所', '计量'],
      ] as const;
      for (let i = 0; i < 20; i++) {
        const [organisation, orgType, field] = orgs[i % orgs.length]!;
        insertExpert(
          db,
          { name: random.pick(SURNAMES) + random.pick(GIVEN) + random.pick(GIVEN), organisation, orgType, field },
          now,
        );
      }
    })
    .immediate();
  return { inspectors: count, experts: 20 };
}
