import { addDays, isRealDate, isWeekend } from '../dates';

/** One day the notice changes: a day off (放假) or a weekend day worked instead (调休上班), with its holiday's name. */
export interface NoticeDay {
  date: string;
  kind: 'holiday' | 'workday';
  /** The holiday the day belongs to, as the notice heads it: 春节, 国庆节、中秋节. */
  name: string;
}

export type NoticeParse =
  | { ok: true; year: number; title: string | null; days: NoticeDay[]; warnings: string[] }
  | { ok: false; year: number; reason: string };

const HOLIDAY_NAMES = '元旦|春节|清明节|劳动节|端午节|中秋节|国庆节';
/** 一、元旦： — or, when the numbering was lost in copying, a bare 元旦： / 国庆节、中秋节：. */
const SECTION = new RegExp(
  `(?:[一二三四五六七八九十]+、([^：。\\n]{1,16})|((?:${HOLIDAY_NAMES})(?:、(?:${HOLIDAY_NAMES}))*))：`,
  'g',
);
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日/g;
/** The notice's own year, from its title or its opening sentence. */
const NOTICE_YEAR = /(?:关于|现将)(\d{4})年(?:部分节假日|元旦)/;
const TITLE = /国务院办公厅关于\d{4}年部分节假日安排的通知/;
const LONGEST_BLOCK = 15;

/**
 * Reads the 国务院办公厅 notice on a year's holidays ("一、元旦：1月1日（周五）至3日放假调休，共3天。…上班。") into the
 * days it changes. Only sentences that say 放假 or 上班 count: 鼓励…休息 and the closing paragraph change nothing.
 * Weekday notes, 农历 notes and other brackets are dropped; dates without a year are the notice's year, except
 * December dates under 元旦, which are the December before (2022年12月31日至2023年1月2日 is written out in full, but
 * a copy may lose the years). "与周末连休" takes in the adjacent weekend, within the year. Pure: the CLI and the
 * screen both call it, and nothing is saved here.
 */
export function parseHolidayNotice(text: string, year: number): NoticeParse {
  const clean = normalise(text);
  const stated = NOTICE_YEAR.exec(clean);
  if (stated && Number(stated[1]) !== year)
    return {
      ok: false,
      year,
      reason: `文本是 ${stated[1]} 年的节假日安排通知，不是 ${year} 年的；请粘贴 ${year} 年的通知，或改选年份。`,
    };
  const warnings: string[] = [];
  const found = new Map<string, NoticeDay>();
  const sections = [...clean.matchAll(SECTION)];
  sections.forEach((section, i) => {
    const name = (section[1] ?? section[2] ?? '').trim();
    const body = clean.slice(section.index + section[0].length, sections[i + 1]?.index ?? clean.length);
    for (const day of sectionDays(name, i === 0, body.replace(/\n/g, ''), year, warnings)) {
      const before = found.get(day.date);
      if (before && before.kind !== day.kind)
        warnings.push(`${day.date} 同时写作放假和上班，按后出现的“${day.kind === 'holiday' ? '放假' : '上班'}”处理。`);
      found.set(day.date, day);
    }
  });
  const days = [...found.values()]
    .filter((d) => {
      const dayYear = Number(d.date.slice(0, 4));
      const kept = dayYear === year || (dayYear === year - 1 && d.date.slice(5, 7) === '12');
      if (!kept) warnings.push(`${d.date} 不在 ${year} 年内，已忽略。`);
      return kept;
    })
    .sort((a, b) => a.date.localeCompare(b.date));
  if (!days.some((d) => d.date.startsWith(`${year}-`)))
    return {
      ok: false,
      year,
      reason: `文本中没有找到 ${year} 年的放假调休安排（应有“一、元旦：1月1日至3日放假调休，共3天。”这样的句子）。`,
    };
  return { ok: true, year, title: TITLE.exec(clean)?.[0] ?? null, days, warnings };
}

/** Full-width digits and brackets to one form, spaces out, bracketed notes (星期、农历、除夕的日期) out. */
function normalise(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/\r\n?/g, '\n')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/;/g, '；')
    .replace(/[ \t\u00A0\u3000]+/g, '')
    .replace(/（[^（）]*）/g, '');
}

interface Token {
  year: number;
  month: number;
  day: number;
  end: number;
  /** Set when the token closes a range (…至3日): the range's first date. */
  from?: Token;
}

function sectionDays(name: string, first: boolean, body: string, year: number, warnings: string[]): NoticeDay[] {
  const newYear = first || name.includes('元旦');
  const days: NoticeDay[] = [];
  let month: number | undefined;
  for (const sentence of body.split(/[。；]/)) {
    const working = /上班/.test(sentence);
    // "2月3日起正常上班" (an extension notice) marks no day; a sentence without 放假 or 上班 changes nothing.
    if ((working && /起.{0,4}上班/.test(sentence)) || (!working && !/放假/.test(sentence))) continue;
    const tokens: Token[] = [];
    for (const m of sentence.matchAll(DATE)) {
      const previous = tokens.at(-1);
      const tokenMonth = m[2] ? Number(m[2]) : (previous?.month ?? month);
      if (tokenMonth === undefined) {
        warnings.push(`“${sentence}”中的“${m[0]}”没有写月份，已跳过。`);
        continue;
      }
      month = tokenMonth;
      const joined = previous && /^(至|到|—|－|-|~|～)$/.test(sentence.slice(previous.end, m.index));
      let tokenYear = m[1] ? Number(m[1]) : newYear && tokenMonth === 12 ? year - 1 : year;
      if (joined && !m[1]) tokenYear = previous.year + (tokenMonth < previous.month ? 1 : 0);
      const token: Token = {
        year: tokenYear,
        month: tokenMonth,
        day: Number(m[3]),
        end: m.index + m[0].length,
      };
      tokens.push(token);
      if (joined) token.from = previous;
    }
    const kind = working ? 'workday' : 'holiday';
    const dayName = name || (working ? '调休上班' : '放假');
    // A range's first date is also a token of its own: skip it when the next token closes the range.
    tokens.forEach((token, i) => {
      if (tokens[i + 1]?.from === token) return;
      const from = token.from ?? token;
      const block = blockOf(iso(from), iso(token), sentence, warnings);
      if (!block) return;
      let [first, last] = block;
      if (kind === 'holiday' && /与周末连休/.test(sentence)) [first, last] = withWeekend(first, last, year);
      for (let date = first; date <= last; date = addDays(date, 1)) {
        if (kind === 'workday' && !isWeekend(date)) {
          warnings.push(`${date} 是周一至周五，本来就是工作日，“上班”已忽略。`);
          continue;
        }
        days.push({ date, kind, name: dayName });
      }
    });
  }
  return days;
}

function iso(t: Token): string {
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

function blockOf(first: string, last: string, sentence: string, warnings: string[]): [string, string] | null {
  for (const date of [first, last])
    if (!isRealDate(date)) {
      warnings.push(`“${sentence}”中的 ${date} 不是有效日期，已跳过。`);
      return null;
    }
  const length = (Date.parse(last) - Date.parse(first)) / 86_400_000 + 1;
  if (length < 1 || length > LONGEST_BLOCK) {
    warnings.push(`“${sentence}”中的 ${first} 至 ${last} 不像一段假期，已跳过。`);
    return null;
  }
  return [first, last];
}

/** "4月5日放假，与周末连休": the Saturday and Sunday next to the day off, as long as they are in the same year. */
function withWeekend(first: string, last: string, year: number): [string, string] {
  const inYear = (date: string) => date.startsWith(`${year}-`);
  while (isWeekend(addDays(first, -1)) && inYear(addDays(first, -1))) first = addDays(first, -1);
  while (isWeekend(addDays(last, 1)) && inYear(addDays(last, 1))) last = addDays(last, 1);
  return [first, last];
}
