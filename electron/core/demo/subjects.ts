import type { Db } from '../../../db/client';
import { departmentsById } from '../departments';
import {
  type SubjectRecord,
  tidySearchIndex,
  withFtsPaused,
  SubjectWriter,
  orgCodeCheckChar,
  USCC_CHARSET,
  usccCheckChar,
} from '../subjects';
import type { DemoRandom } from './random';
import { BRAND, FORMS, GIVEN, STREETS, SURNAMES, TOWNS, TRADES, type Trade } from './vocabulary';

const ORG_CHARS = USCC_CHARSET.replace('Y', '');

/** A USCC that passes every check of GB 32100 and GB 11714, unique within the run. */
function makeUscc(random: DemoRandom, typeDigit: string, region: string, used: Set<string>): string {
  for (;;) {
    let body = '';
    for (let i = 0; i < 8; i++) body += ORG_CHARS[random.int(ORG_CHARS.length)];
    const first17 = `9${typeDigit}${region}${body}${orgCodeCheckChar(body)}`;
    const code = first17 + usccCheckChar(first17);
    if (!used.has(code)) {
      used.add(code);
      return code;
    }
  }
}

const TYPE_DIGIT: Record<'企业' | '个体工商户' | '农民专业合作社', string> = {
  企业: '1',
  个体工商户: '2',
  农民专业合作社: '3',
};

export interface DemoSubjectOptions {
  count: number;
  countyName: string;
  regionCode: string;
}

/** Builds plausible subjects of one county and writes them with the ordinary writer, in batches. */
export function* demoSubjects(
  random: DemoRandom,
  options: DemoSubjectOptions,
  departmentIds: Map<string, number>,
): Generator<SubjectRecord> {
  const used = new Set<string>();
  const market = departmentIds.get('市场监管');
  for (let i = 0; i < options.count; i++) {
    const type = random.weighted<'企业' | '个体工商户' | '农民专业合作社'>([
      ['企业', 62],
      ['个体工商户', 34],
      ['农民专业合作社', 4],
    ]);
    const trade: Trade =
      type === '农民专业合作社'
        ? random.pick(TRADES.filter((t) => t.code.startsWith('A')))
        : random.weighted(TRADES.map((t) => [t, t.weight] as const));
    const town = random.pick(TOWNS);
    const brand = random.pick(BRAND) + (random.chance(0.5) ? random.pick(BRAND).slice(0, 1) : '');
    const owner = random.pick(SURNAMES) + random.pick(GIVEN) + (random.chance(0.5) ? random.pick(GIVEN) : '');
    const name =
      type === '个体工商户'
        ? `${options.countyName}${town}${owner.slice(0, 1)}记${trade.word}${random.pick(FORMS[type])}`
        : `${options.countyName}${brand}${trade.word}${random.pick(FORMS[type])}`;
    const deptIds = new Set<number>(market ? [market] : []);
    for (const d of trade.departments) {
      const id = departmentIds.get(d);
      if (id) deptIds.add(id);
    }
    const year = 1995 + random.int(31);
    const tags = [...trade.tags, ...(type === '企业' && random.chance(0.6) ? ['小微企业'] : [])].sort();
    const record: SubjectRecord = {
      type: type,
      uscc: makeUscc(random, TYPE_DIGIT[type], options.regionCode, used),
      name: `${name}${i >= 1000 && random.chance(0.3) ? `${town.slice(0, 2)}分店` : ''}`,
      legalRep: owner,
      address: `${options.countyName}${town}${random.pick(STREETS)}${1 + random.int(300)}号`,
      regionCode: options.regionCode,
      industryCode: trade.code,
      licences: [...trade.licences].sort(),
      regStatus: random.weighted([
        ['存续', 93],
        ['注销', 4],
        ['吊销', 2],
        ['迁出', 1],
      ]),
      establishedOn: `${year}-${String(1 + random.int(12)).padStart(2, '0')}-${String(1 + random.int(28)).padStart(2, '0')}`,
      riskClass: random.weighted([
        ['A', 30],
        ['B', 55],
        ['C', 12],
        ['D', 3],
      ]),
      abnormal: random.chance(0.03),
      seriousIllegal: random.chance(0.005),
      penalized3y: random.chance(0.05),
      // No random draw for it: the demo's stream, and so every demo figure, stays as it was before the flag existed.
      complaintVerified: false,
      tags,
      departmentIds: [...deptIds].sort((a, b) => a - b),
    };
    yield record;
  }
}

/** Writes `count` demo subjects in transactions of `batch` rows; returns how many were written. */
export function writeDemoSubjects(
  db: Db,
  random: DemoRandom,
  options: DemoSubjectOptions,
  at: string,
  batch = 20_000,
): number {
  const ids = new Map([...departmentsById(db).values()].map((d) => [d.shortName, d.id]));
  const writer = new SubjectWriter(db, { at, actorName: '演示数据', source: 'demo' });
  const generator = demoSubjects(random, options, ids);
  let written = 0;
  for (;;) {
    const chunk: SubjectRecord[] = [];
    for (let next = generator.next(); !next.done; next = generator.next()) {
      chunk.push(next.value);
      if (chunk.length >= batch) break;
    }
    if (chunk.length === 0) {
      // As the app would while idle after the import of a county (index-upkeep.ts), in one go.
      tidySearchIndex(db);
      return written;
    }
    db.$client.transaction(() => withFtsPaused(db, () => chunk.forEach((r) => writer.insert(r)))).immediate();
    written += chunk.length;
  }
}
