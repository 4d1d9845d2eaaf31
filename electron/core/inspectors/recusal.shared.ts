import { REGION_LEVEL_LABELS, regionCodeProblem, regionLevelOf } from '../subjects/region-code.shared';

/**
 * 回避范围 below the county: whether a recusal covers a subject. The one rule for the match (draws/team-match.ts),
 * the inspector screen (its check of a recusal against a subject) and the inspector import (its validation).
 *
 * A recusal names a subject, a region code (6-digit county, 9-digit township or street, 12-digit village or
 * community — covering every subject whose region code starts with it), or a township or street by name. A name is
 * read from the subject's registered address: it matches where the address holds the name as its township part —
 * at the start of the address or right after the county part (a character 省、市、县、区、旗、盟、州) or after a space
 * or punctuation. So 城关镇 matches “固阳县城关镇幸福路 1 号” and “城关镇幸福路 1 号”, but not “固阳县新城关镇…”
 * (another township whose name ends the same way).
 */

/** The endings a township-level name has (乡、民族乡、镇、街道, and 苏木 in Inner Mongolia, 办事处 where so named). */
export const TOWNSHIP_SUFFIXES = ['街道', '办事处', '苏木', '镇', '乡'] as const;

/** Characters after which a township name starts in an address: the end of the county part. */
const COUNTY_PART_END = /[省市县区旗盟州]/u;
const NAME_CHARACTER = /[\p{L}\p{N}]/u;

/** What is wrong with a township name; null when it can stand as one. */
export function townshipNameProblem(name: string): string | null {
  if (!/^\p{Script=Han}{2,20}$/u.test(name))
    return `乡镇街道名称“${name}”应为 2–20 个汉字，如 城关镇、东城街道；也可改填 9 位乡镇街道区划代码。`;
  if (!TOWNSHIP_SUFFIXES.some((s) => name.endsWith(s) && name.length > s.length))
    return `乡镇街道名称“${name}”应以“镇”“乡”“街道”“苏木”或“办事处”结尾，如 城关镇、东城街道；也可改填 9 位乡镇街道区划代码。`;
  return null;
}

/** A region recusal's scope: exactly one of a code and a name. */
export interface RecusalRegion {
  regionCode: string | null;
  regionName: string | null;
}

/** Reads what an office writes for a region recusal: digits are a code, anything else a township name. */
export function parseRecusalRegion(text: string): { ok: true; region: RecusalRegion } | { ok: false; message: string } {
  const value = text.trim();
  if (!value)
    return { ok: false, message: '区域回避须填写区划代码（6 位区县、9 位乡镇街道、12 位村社区）或乡镇街道名称。' };
  if (/^\d+$/.test(value)) {
    const problem = regionCodeProblem(value);
    return problem ? { ok: false, message: problem } : { ok: true, region: { regionCode: value, regionName: null } };
  }
  const problem = townshipNameProblem(value);
  return problem ? { ok: false, message: problem } : { ok: true, region: { regionCode: null, regionName: value } };
}

/** The recusal's region in words, for the screen and the printed lists. */
export function describeRecusalRegion(region: RecusalRegion): string {
  if (region.regionName) return `乡镇街道“${region.regionName}”（按登记地址）`;
  const code = region.regionCode ?? '';
  const level = regionLevelOf(code);
  return level ? `${REGION_LEVEL_LABELS[level]} ${code}` : `区域 ${code}`;
}

/** Whether the address holds the name as its township part (the rule above). */
export function addressNamesTownship(address: string, name: string): boolean {
  if (!name) return false;
  for (let at = address.indexOf(name); at >= 0; at = address.indexOf(name, at + 1)) {
    const before = at === 0 ? '' : address.charAt(at - 1);
    if (before === '' || COUNTY_PART_END.test(before) || !NAME_CHARACTER.test(before)) return true;
  }
  return false;
}

/** What a recusal states: a subject, a region code prefix or a township name (null where it does not apply). */
export interface RecusalScope {
  subjectKey: number | null;
  regionCode: string | null;
  regionName?: string | null;
}

/** A subject as the rule reads it; `inTownship` remembers each name's answer, so an address is read once per name. */
export interface RecusalSubject {
  key: number;
  regionCode: string;
  inTownship: (name: string) => boolean;
}

export function recusalSubject(key: number, regionCode: string, address: string): RecusalSubject {
  const answers = new Map<string, boolean>();
  return {
    key,
    regionCode,
    inTownship: (name) => {
      let answer = answers.get(name);
      if (answer === undefined) {
        answer = addressNamesTownship(address, name);
        answers.set(name, answer);
      }
      return answer;
    },
  };
}

/** Whether the recusal keeps its officer off the subject. */
export function recusalCovers(recusal: RecusalScope, subject: RecusalSubject): boolean {
  // The same cases as before names existed, in the same order, so records made then still verify.
  if (recusal.subjectKey !== null && recusal.subjectKey === subject.key) return true;
  if (recusal.regionName) return subject.inTownship(recusal.regionName);
  return recusal.regionCode !== null && subject.regionCode.startsWith(recusal.regionCode);
}
