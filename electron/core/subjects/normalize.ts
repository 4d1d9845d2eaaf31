import { cellDate, cellFlag, cellList, cellText, type CellValue } from '../excel';
import type { SubjectColumn } from './columns';
import { FIELD_LABELS, NEEDS_USCC, REG_STATUSES, type RiskClass, type SubjectRecord, type SubjectType } from './record';
import { regionCodeProblem } from './region-code.shared';
import { checkUscc } from './uscc';
import { RISK_CLASSES, SUBJECT_TYPES } from '../../../db/schema/subjects';

export interface FieldError {
  field: SubjectColumn;
  /** Chinese: what is wrong and how to fix it. */
  message: string;
}

export type Normalized = { ok: true; record: SubjectRecord } | { ok: false; errors: FieldError[] };

/** Department names, short names and codes → id, for the 监管部门 column. */
export type DepartmentLookup = ReadonlyMap<string, number>;

const RISK_WORDS: Record<string, RiskClass> = { 低风险: 'A', 一般风险: 'B', 较高风险: 'C', 高风险: 'D' };

/** The 2nd USCC character says which kind of entity registered it (GB 32100 表 1, 工商 column). */
const TYPE_BY_USCC: Record<string, SubjectType> = { '91': '企业', '92': '个体工商户', '93': '农民专业合作社' };

type Raw = Partial<Record<SubjectColumn, CellValue>>;

// Helpers at module level, not closures made afresh for each of a big import's rows.
const text = (raw: Raw, field: SubjectColumn): string => cellText(raw[field]);

function flag(
  raw: Raw,
  field: 'abnormal' | 'seriousIllegal' | 'penalized3y' | 'complaintVerified',
  errors: FieldError[],
): boolean {
  const value = cellFlag(raw[field] ?? null);
  if (value === null)
    errors.push({ field, message: `“${FIELD_LABELS[field]}”应填“是”或“否”，实际为“${text(raw, field)}”。` });
  return value ?? false;
}

/** No market subject registered under the People's Republic's registers was founded earlier. */
export const EARLIEST_FOUNDING = '1949-01-01';

/**
 * Turns one row of raw cells (or a form's fields) into a SubjectRecord, or says — per field, in Chinese — what to
 * fix. Defaults are filled from what is known: the type and region from the USCC, risk class B, status 存续.
 * `today` (YYYY-MM-DD, the office's day) bounds the founding date.
 */
export function normalizeSubject(raw: Raw, departments: DepartmentLookup, today: string): Normalized {
  const errors: FieldError[] = [];
  const fail = (field: SubjectColumn, message: string): void => {
    errors.push({ field, message });
  };

  const usccText = text(raw, 'uscc');
  let uscc: string | null = null;
  if (usccText) {
    const verdict = checkUscc(usccText);
    if (verdict.valid) uscc = verdict.code;
    else fail('uscc', `统一社会信用代码“${usccText}”无效：${verdict.reason}，请核对后重填。`);
  }

  const typeText = text(raw, 'type');
  let type: SubjectType = (uscc && TYPE_BY_USCC[uscc.slice(0, 2)]) || '企业';
  if (typeText) {
    if ((SUBJECT_TYPES as readonly string[]).includes(typeText)) type = typeText as SubjectType;
    else fail('type', `对象类型“${typeText}”无效，应为：${SUBJECT_TYPES.join('、')}。`);
  }
  if (!usccText && NEEDS_USCC.includes(type)) fail('uscc', `${type}必须填写统一社会信用代码。`);

  const name = text(raw, 'name');
  if (!name) fail('name', '名称不能为空。');
  else if (name.length > 200) fail('name', '名称过长（超过 200 字），请核对。');

  let regionCode = text(raw, 'regionCode');
  if (!regionCode && uscc) regionCode = uscc.slice(2, 8);
  // 6 digits (county), or the 统计用区划代码 form down to the township (9) or village (12): region-code.shared.ts.
  const regionProblem = regionCode ? regionCodeProblem(regionCode) : null;
  if (regionProblem) fail('regionCode', regionProblem);

  const industryCode = text(raw, 'industryCode').toUpperCase();
  if (industryCode && !/^[A-T](\d{2}(\d{1,2})?)?$/.test(industryCode)) {
    fail('industryCode', `行业代码“${industryCode}”不符合 GB/T 4754，应为门类字母加 2–4 位数字，如 F5211。`);
  }

  const regStatus = text(raw, 'regStatus') || '存续';
  if (!(REG_STATUSES as readonly string[]).includes(regStatus)) {
    fail('regStatus', `登记状态“${regStatus}”无效，应为：${REG_STATUSES.join('、')}。`);
  }

  let establishedOn: string | null = null;
  if (text(raw, 'establishedOn')) {
    establishedOn = cellDate(raw.establishedOn ?? null);
    if (!establishedOn)
      fail('establishedOn', `成立日期“${text(raw, 'establishedOn')}”无法识别，请写成 2015-03-02 这样的日期。`);
    else if (establishedOn < EARLIEST_FOUNDING)
      fail('establishedOn', `成立日期 ${establishedOn} 早于 ${EARLIEST_FOUNDING}，请核对后重填。`);
    else if (establishedOn > today)
      fail('establishedOn', `成立日期 ${establishedOn} 晚于今天（${today}），请核对后重填。`);
  }

  const riskText = text(raw, 'riskClass').toUpperCase();
  let riskClass: RiskClass = 'B';
  if (riskText) {
    const risk = (RISK_CLASSES as readonly string[]).includes(riskText)
      ? (riskText as RiskClass)
      : RISK_WORDS[riskText];
    if (risk) riskClass = risk;
    else fail('riskClass', `信用风险分类“${riskText}”无效，应为 A、B、C、D（或低风险、一般风险、较高风险、高风险）。`);
  }

  const abnormal = flag(raw, 'abnormal', errors);
  const seriousIllegal = flag(raw, 'seriousIllegal', errors);
  const penalized3y = flag(raw, 'penalized3y', errors);
  const complaintVerified = flag(raw, 'complaintVerified', errors);

  const departmentIds: number[] = [];
  for (const name of cellList(raw.departmentIds ?? null)) {
    const id = departments.get(name);
    if (id === undefined)
      fail('departmentIds', `监管部门“${name}”不在部门列表中，请填写部门名称或简称（见“部门管理”）。`);
    else if (!departmentIds.includes(id)) departmentIds.push(id);
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    record: {
      type,
      uscc,
      name,
      legalRep: text(raw, 'legalRep'),
      address: text(raw, 'address'),
      regionCode,
      industryCode,
      licences: cellList(raw.licences ?? null).sort(),
      regStatus,
      establishedOn,
      riskClass,
      abnormal,
      seriousIllegal,
      penalized3y,
      complaintVerified,
      tags: cellList(raw.tags ?? null).sort(),
      departmentIds: departmentIds.sort((a, b) => a - b),
    },
  };
}
