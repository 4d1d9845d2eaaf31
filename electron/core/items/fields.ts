import { ITEM_METHODS } from '../../../db/schema/items';
import { cellList, cellText, type ColumnSpec, type RowResult, type CellValue } from '../excel';
import type { DepartmentLookup } from '../subjects';

export type ItemMethod = (typeof ITEM_METHODS)[number];

/** What one version of an item says. */
export interface ItemRecord {
  code: string;
  departmentId: number;
  name: string;
  basis: string;
  content: string;
  objectType: string;
  methods: ItemMethod[];
  category: 'key' | 'general';
  ratioCap: number | null;
  frequencyCap: number | null;
  /** Optional per-class ratio caps (%); null: `ratioCap` applies to that class (caps.ts capFor). */
  ratioCapA: number | null;
  ratioCapB: number | null;
  ratioCapC: number | null;
  ratioCapD: number | null;
  /** Optional per-class yearly frequency caps; null: `frequencyCap` applies to that class (caps.ts frequencyCapFor). */
  frequencyCapA: number | null;
  frequencyCapB: number | null;
  frequencyCapC: number | null;
  frequencyCapD: number | null;
}

export type ItemColumn = keyof ItemRecord;

export const ITEM_LABELS: Record<ItemColumn, string> = {
  code: '事项编码',
  departmentId: '抽查主体',
  name: '事项名称',
  basis: '抽查依据',
  content: '抽查内容',
  objectType: '检查对象类型',
  methods: '抽查方式',
  category: '事项类别',
  ratioCap: '抽查比例上限(%)',
  frequencyCap: '年度抽查频次上限',
  ratioCapA: 'A类比例上限(%)',
  ratioCapB: 'B类比例上限(%)',
  ratioCapC: 'C类比例上限(%)',
  ratioCapD: 'D类比例上限(%)',
  frequencyCapA: 'A类年度频次上限',
  frequencyCapB: 'B类年度频次上限',
  frequencyCapC: 'C类年度频次上限',
  frequencyCapD: 'D类年度频次上限',
};

/** The optional per-class cap columns, in class order. */
export const CLASS_CAP_COLUMNS = ['ratioCapA', 'ratioCapB', 'ratioCapC', 'ratioCapD'] as const;
/** The optional per-class frequency cap columns, in class order. */
export const CLASS_FREQUENCY_COLUMNS = ['frequencyCapA', 'frequencyCapB', 'frequencyCapC', 'frequencyCapD'] as const;

const spec = (key: ItemColumn, aliases: string[], required = false): ColumnSpec<ItemColumn> => ({
  key,
  label: ITEM_LABELS[key],
  aliases,
  required,
});

export const ITEM_COLUMNS: ColumnSpec<ItemColumn>[] = [
  spec('code', ['编码', '事项编号', '序号编码'], true),
  spec('departmentId', ['抽查部门', '实施部门', '部门'], true),
  spec('name', ['抽查事项', '事项'], true),
  spec('basis', ['检查依据', '法律依据', '依据'], true),
  spec('content', ['检查内容', '抽查内容及要求']),
  spec('objectType', ['抽查对象', '检查对象']),
  spec('methods', ['检查方式', '抽查方式（多选）']),
  spec('category', ['类别', '事项类型', '重点/一般']),
  spec('ratioCap', ['抽查比例上限', '比例上限', '抽查比例']),
  spec('frequencyCap', ['抽查频次上限', '频次上限', '抽查频次']),
  spec('ratioCapA', ['A类比例上限', 'A类抽查比例上限']),
  spec('ratioCapB', ['B类比例上限', 'B类抽查比例上限']),
  spec('ratioCapC', ['C类比例上限', 'C类抽查比例上限']),
  spec('ratioCapD', ['D类比例上限', 'D类抽查比例上限']),
  spec('frequencyCapA', ['A类频次上限', 'A类抽查频次上限']),
  spec('frequencyCapB', ['B类频次上限', 'B类抽查频次上限']),
  spec('frequencyCapC', ['C类频次上限', 'C类抽查频次上限']),
  spec('frequencyCapD', ['D类频次上限', 'D类抽查频次上限']),
];

const METHOD_WORDS: Record<string, ItemMethod> = {
  实地核查: '实地核查',
  现场检查: '实地核查',
  书面检查: '书面检查',
  网络监测: '网络监测',
  委托第三方: '委托第三方',
  委托第三方检验检测: '委托第三方',
};

const CATEGORY_WORDS: Record<string, 'key' | 'general'> = {
  重点: 'key',
  重点检查事项: 'key',
  一般: 'general',
  一般检查事项: 'general',
};

function parsePercent(value: CellValue | undefined): number | null {
  if (typeof value === 'number') return value > 0 && value <= 1 && !Number.isInteger(value) ? value * 100 : value;
  const text = cellText(value ?? null).replace(/[%％]$/, '');
  return text && Number.isFinite(Number(text)) ? Number(text) : null;
}

export function normalizeItem(
  raw: Partial<Record<ItemColumn, CellValue>>,
  departments: DepartmentLookup,
): RowResult<ItemColumn, ItemRecord> {
  const errors: { field: ItemColumn; message: string }[] = [];
  const text = (field: ItemColumn): string => cellText(raw[field] ?? null);
  const code = text('code').toUpperCase();
  if (!/^[A-Z0-9_-]{2,40}$/.test(code))
    errors.push({ field: 'code', message: `事项编码“${text('code')}”应为 2–40 位字母、数字、下划线或连字符。` });
  const deptText = text('departmentId');
  const departmentId = departments.get(deptText);
  if (departmentId === undefined)
    errors.push({ field: 'departmentId', message: `抽查主体“${deptText}”不在部门列表中，请填写部门名称或简称。` });
  const name = text('name');
  if (!name) errors.push({ field: 'name', message: '事项名称不能为空。' });
  const basis = text('basis');
  if (!basis) errors.push({ field: 'basis', message: '请填写抽查依据（法律法规名称及条款）。' });
  const methods: ItemMethod[] = [];
  for (const word of cellList(raw.methods ?? null)) {
    const method = METHOD_WORDS[word];
    if (!method)
      errors.push({ field: 'methods', message: `抽查方式“${word}”无效，应为：${ITEM_METHODS.join('、')}。` });
    else if (!methods.includes(method)) methods.push(method);
  }
  if (methods.length === 0 && !errors.some((e) => e.field === 'methods')) methods.push('实地核查');
  const category = CATEGORY_WORDS[text('category') || '一般'];
  if (!category) errors.push({ field: 'category', message: `事项类别“${text('category')}”无效，应为“重点”或“一般”。` });
  let ratioCap: number | null = null;
  let frequencyCap: number | null = null;
  if (category === 'general') {
    ratioCap = parsePercent(raw.ratioCap);
    if (ratioCap === null || ratioCap <= 0 || ratioCap > 100) {
      errors.push({
        field: 'ratioCap',
        message: '一般检查事项须填写抽查比例上限，为 0–100 之间的百分数，如 5 或 5%。',
      });
    }
    const freq = Number(text('frequencyCap'));
    frequencyCap = text('frequencyCap') && Number.isInteger(freq) ? freq : null;
    if (frequencyCap === null || frequencyCap < 1 || frequencyCap > 12) {
      errors.push({ field: 'frequencyCap', message: '一般检查事项须填写年度抽查频次上限，为 1–12 的整数。' });
    }
  }
  // Per-class caps are optional and only for a general item: a class without one takes the item's cap.
  const classCaps = { ratioCapA: null, ratioCapB: null, ratioCapC: null, ratioCapD: null } as Record<
    (typeof CLASS_CAP_COLUMNS)[number],
    number | null
  >;
  for (const field of CLASS_CAP_COLUMNS) {
    if (!text(field)) continue;
    const cap = parsePercent(raw[field]);
    if (category !== 'general')
      errors.push({ field, message: `重点检查事项不设比例上限，请清空“${ITEM_LABELS[field]}”。` });
    else if (cap === null || cap <= 0 || cap > 100)
      errors.push({ field, message: `${ITEM_LABELS[field]}应为 0–100 之间的百分数，如 3 或 3%；不单设请留空。` });
    else classCaps[field] = cap;
  }
  // Per-class frequency caps likewise: optional, general items only, 1–12 a year.
  const classFrequencies = {
    frequencyCapA: null,
    frequencyCapB: null,
    frequencyCapC: null,
    frequencyCapD: null,
  } as Record<(typeof CLASS_FREQUENCY_COLUMNS)[number], number | null>;
  for (const field of CLASS_FREQUENCY_COLUMNS) {
    if (!text(field)) continue;
    const times = Number(text(field));
    if (category !== 'general')
      errors.push({ field, message: `重点检查事项不设频次上限，请清空“${ITEM_LABELS[field]}”。` });
    else if (!Number.isInteger(times) || times < 1 || times > 12)
      errors.push({ field, message: `${ITEM_LABELS[field]}应为 1–12 的整数；不单设请留空。` });
    else classFrequencies[field] = times;
  }
  if (errors.length > 0 || departmentId === undefined || !category) return { ok: false, errors };
  return {
    ok: true,
    record: {
      code,
      departmentId,
      name,
      basis,
      content: text('content'),
      objectType: text('objectType'),
      methods,
      category,
      ratioCap,
      frequencyCap,
      ...classCaps,
      ...classFrequencies,
    },
  };
}
