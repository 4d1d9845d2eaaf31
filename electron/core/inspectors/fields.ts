import { cellDate, cellFlag, cellList, cellText, type ColumnSpec, type RowResult, type CellValue } from '../excel';
import type { DepartmentLookup } from '../subjects';
import { regionCodeProblem } from '../subjects/region-code.shared';
import { parseRecusalRegion, type RecusalRegion } from './recusal.shared';

/** An inspector as the rules see it, from a sheet row or a form. */
export interface InspectorRecord {
  name: string;
  departmentId: number;
  certNo: string | null;
  certValidFrom: string | null;
  certValidTo: string | null;
  position: string;
  qualifications: string[];
  expertise: string[];
  regionCode: string;
  phone: string;
  active: boolean;
}

/** A sheet row: the inspector and the regions listed in its 回避区域 column (codes or township names). */
export interface InspectorSheetRow extends InspectorRecord {
  recusalRegions: RecusalRegion[];
}

export type InspectorColumn = keyof InspectorSheetRow;

export const INSPECTOR_LABELS: Record<InspectorColumn, string> = {
  name: '姓名',
  departmentId: '所属部门',
  certNo: '执法证号',
  certValidFrom: '执法证有效期起',
  certValidTo: '执法证有效期至',
  position: '职务',
  qualifications: '资格',
  expertise: '专业特长',
  regionCode: '所在区域',
  phone: '联系电话',
  active: '在岗',
  recusalRegions: '回避区域',
};

const spec = (key: InspectorColumn, aliases: string[], required = false): ColumnSpec<InspectorColumn> => ({
  key,
  label: INSPECTOR_LABELS[key],
  aliases,
  required,
});

export const INSPECTOR_COLUMNS: ColumnSpec<InspectorColumn>[] = [
  spec('name', ['执法人员姓名', '人员姓名'], true),
  spec('departmentId', ['部门', '单位', '所在部门', '工作单位'], true),
  spec('certNo', ['执法证编号', '执法证件号', '证件号码', '行政执法证号']),
  spec('certValidFrom', ['发证日期', '有效期起', '有效期开始']),
  spec('certValidTo', ['有效期至', '证件有效期', '有效期截止', '有效期']),
  spec('position', ['职务/职级', '岗位']),
  spec('qualifications', ['资格证书', '执法资格']),
  spec('expertise', ['专业', '特长', '专业领域']),
  spec('regionCode', ['区域', '行政区划代码']),
  spec('phone', ['电话', '手机', '手机号']),
  spec('active', ['是否在岗', '状态']),
  spec('recusalRegions', ['回避范围', '回避区划', '回避乡镇']),
];

/** One inspector row (or form) normalised, or every problem with it in Chinese. */
export function normalizeInspector(
  raw: Partial<Record<InspectorColumn, CellValue>>,
  departments: DepartmentLookup,
): RowResult<InspectorColumn, InspectorRecord> {
  const errors: { field: InspectorColumn; message: string }[] = [];
  const text = (field: InspectorColumn): string => cellText(raw[field] ?? null);
  const name = text('name');
  if (!name) errors.push({ field: 'name', message: '姓名不能为空。' });
  else if (name.length > 30) errors.push({ field: 'name', message: '姓名过长（超过 30 字），请核对。' });
  const deptText = text('departmentId');
  const departmentId = departments.get(deptText);
  if (!deptText) errors.push({ field: 'departmentId', message: '请填写所属部门（部门名称或简称）。' });
  else if (departmentId === undefined) {
    errors.push({
      field: 'departmentId',
      message: `部门“${deptText}”不在部门列表中，请填写部门名称或简称（见“部门管理”）。`,
    });
  }
  const certNo = text('certNo').toUpperCase() || null;
  if (certNo && !/^[0-9A-Z-]{4,30}$/.test(certNo)) {
    errors.push({ field: 'certNo', message: `执法证号“${certNo}”格式不对，应为 4–30 位字母、数字或连字符。` });
  }
  const date = (field: 'certValidFrom' | 'certValidTo'): string | null => {
    if (!text(field)) return null;
    const value = cellDate(raw[field] ?? null);
    if (!value)
      errors.push({
        field,
        message: `${INSPECTOR_LABELS[field]}“${text(field)}”无法识别，请写成 2025-12-31 这样的日期。`,
      });
    return value;
  };
  const certValidFrom = date('certValidFrom');
  const certValidTo = date('certValidTo');
  if (certNo && !certValidTo && !errors.some((e) => e.field === 'certValidTo')) {
    errors.push({ field: 'certValidTo', message: '有执法证号时须填写有效期至，以便判断证件是否有效。' });
  }
  if (certValidFrom && certValidTo && certValidFrom > certValidTo) {
    errors.push({ field: 'certValidTo', message: '有效期至早于有效期起，请核对。' });
  }
  const regionCode = text('regionCode');
  const regionProblem = regionCode ? regionCodeProblem(regionCode) : null;
  if (regionProblem) errors.push({ field: 'regionCode', message: `所在区域：${regionProblem}` });
  const active = text('active')
    ? (cellFlag(raw.active ?? null) ?? (text('active') === '在岗' ? true : text('active') === '离岗' ? false : null))
    : true;
  if (active === null) errors.push({ field: 'active', message: '“在岗”应填“是”或“否”。' });
  if (errors.length > 0 || departmentId === undefined || active === null) return { ok: false, errors };
  return {
    ok: true,
    record: {
      name,
      departmentId,
      certNo,
      certValidFrom,
      certValidTo,
      position: text('position'),
      qualifications: cellList(raw.qualifications ?? null),
      expertise: cellList(raw.expertise ?? null),
      regionCode,
      phone: text('phone'),
      active,
    },
  };
}

/**
 * A sheet row: the inspector, and the 回避区域 column — codes (6, 9 or 12 digits) or township names separated by
 * semicolons — read by the recusal rule's own parser (recusal.shared.ts), so the import accepts what the form does.
 */
export function normalizeInspectorRow(
  raw: Partial<Record<InspectorColumn, CellValue>>,
  departments: DepartmentLookup,
): RowResult<InspectorColumn, InspectorSheetRow> {
  const inspector = normalizeInspector(raw, departments);
  const errors = inspector.ok ? [] : [...inspector.errors];
  const recusalRegions: RecusalRegion[] = [];
  for (const entry of cellList(raw.recusalRegions ?? null)) {
    const parsed = parseRecusalRegion(entry);
    if (!parsed.ok) errors.push({ field: 'recusalRegions', message: `回避区域：${parsed.message}` });
    else if (
      !recusalRegions.some(
        (r) => r.regionCode === parsed.region.regionCode && r.regionName === parsed.region.regionName,
      )
    )
      recusalRegions.push(parsed.region);
  }
  if (!inspector.ok || errors.length > 0) return { ok: false, errors };
  return { ok: true, record: { ...inspector.record, recusalRegions } };
}
