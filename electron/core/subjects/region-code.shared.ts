/**
 * 统计用区划代码: the first 6 digits are the county (行政区划代码), 9 the township or street (乡镇/街道), 12 the village
 * or community (村/社区). A subject's region code and a region recusal are each one of these three forms; a code
 * covers every code it is a prefix of. The one home of the form, for the subject import and the recusals alike.
 */
export type RegionLevel = 'county' | 'township' | 'village';

export const REGION_LEVEL_LABELS: Record<RegionLevel, string> = {
  county: '区县',
  township: '乡镇街道',
  village: '村社区',
};

export const REGION_CODE_DIGITS: Record<RegionLevel, number> = { county: 6, township: 9, village: 12 };

/** The level a code names, or null when it is not 6, 9 or 12 digits. */
export function regionLevelOf(code: string): RegionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  const level = (Object.keys(REGION_CODE_DIGITS) as RegionLevel[]).find((l) => REGION_CODE_DIGITS[l] === code.length);
  return level ?? null;
}

/** What is wrong with a region code, in words an office can act on; null when it is one of the three forms. */
export function regionCodeProblem(code: string): string | null {
  return regionLevelOf(code)
    ? null
    : `区划代码“${code}”应为 6 位（区县）、9 位（乡镇街道）或 12 位（村社区）数字，如 150222、150222100、150222100201。`;
}
