import ExcelJS from 'exceljs';
import { and, asc, gt } from 'drizzle-orm';
import type { Db } from '../../../db/client';
import { departments, subjects } from '../../../db/schema';
import { RISK_CLASSES, SUBJECT_TYPES } from '../../../db/schema/subjects';
import { BORDER, HEADER_FILL, streamingSheet } from '../excel/write';
import { SUBJECT_COLUMNS } from './columns';
import { subjectColumns, subjectWhere } from './queries';
import { REG_STATUSES } from './record';
import type { SubjectFilter } from './schemas';

export const SUBJECT_SHEET = '检查对象';
const WIDTHS = [22, 36, 14, 14, 40, 12, 10, 24, 10, 12, 12, 12, 12, 14, 20, 24];
const LIST = '；';

const NOTES: Record<string, string> = {
  uscc: '企业、个体工商户、农民专业合作社必填；18 位',
  name: '必填',
  type: '不填则按信用代码判断',
  regionCode: '6 位数字；不填则取信用代码第 3–8 位',
  industryCode: 'GB/T 4754，如 F5211',
  licences: '多个用分号分隔',
  regStatus: '默认“存续”',
  establishedOn: '如 2015-03-02',
  riskClass: 'A/B/C/D，默认 B',
  abnormal: '是/否',
  seriousIllegal: '是/否',
  penalized3y: '是/否',
  tags: '多个用分号分隔',
  departmentIds: '部门名称或简称，多个用分号分隔',
};

const EXAMPLE: Record<string, string> = {
  uscc: '91350100M000100Y43',
  name: '（示例）固阳县某某商贸有限公司',
  type: '企业',
  legalRep: '张三',
  address: '内蒙古自治区包头市固阳县金山镇示例街 1 号',
  regionCode: '150222',
  industryCode: 'F5211',
  licences: '食品经营许可证',
  regStatus: '存续',
  establishedOn: '2015-03-02',
  riskClass: 'B',
  abnormal: '否',
  seriousIllegal: '否',
  penalized3y: '否',
  tags: '食品；小微企业',
  departmentIds: '市场监管',
};

/** Dropdowns for the coded columns, so a hand-filled sheet needs few corrections. */
const CHOICES: Record<string, readonly string[]> = {
  type: SUBJECT_TYPES,
  riskClass: RISK_CLASSES,
  regStatus: REG_STATUSES,
  abnormal: ['是', '否'],
  seriousIllegal: ['是', '否'],
  penalized3y: ['是', '否'],
};

const columnLetter = (index: number): string =>
  index < 26
    ? String.fromCharCode(65 + index)
    : columnLetter(Math.floor(index / 26) - 1) + String.fromCharCode(65 + (index % 26));

/** The import template: title, header, a notes row, an example row, dropdowns; the import skips notes and example. */
export async function writeSubjectTemplate(path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(SUBJECT_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  const count = SUBJECT_COLUMNS.length;
  sheet.mergeCells(1, 1, 1, count);
  const title = sheet.getCell(1, 1);
  title.value = '检查对象名录导入模板（请勿修改第 2 行表头；第 3、4 行为说明和示例，导入时自动跳过）';
  title.font = { bold: true, size: 14 };
  title.alignment = { horizontal: 'center' };
  SUBJECT_COLUMNS.forEach((spec, i) => {
    const col = i + 1;
    sheet.getColumn(col).width = WIDTHS[i] ?? 16;
    const header = sheet.getCell(2, col);
    header.value = spec.required ? `*${spec.label}` : spec.label;
    header.font = { bold: true, color: spec.required ? { argb: 'FFC00000' } : undefined };
    header.fill = HEADER_FILL;
    header.border = BORDER;
    const note = sheet.getCell(3, col);
    note.value = i === 0 ? `填写说明：${NOTES[spec.key] ?? ''}` : (NOTES[spec.key] ?? '');
    note.font = { italic: true, color: { argb: 'FF808080' }, size: 9 };
    note.alignment = { wrapText: true, vertical: 'top' };
    sheet.getCell(4, col).value = EXAMPLE[spec.key] ?? '';
    const choices = CHOICES[spec.key];
    if (choices) {
      const letter = columnLetter(i);
      (
        sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(`${letter}5:${letter}100000`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${choices.join(',')}"`],
        showErrorMessage: true,
        errorTitle: '输入有误',
        error: `请从下拉列表中选择：${choices.join('、')}`,
      });
    }
  });
  sheet.getRow(3).height = 30;
  await workbook.xlsx.writeFile(path);
}

/** Streams the filtered directory to a workbook whose columns re-import as they are. Returns the row count. */
export async function writeSubjectExport(db: Db, filter: SubjectFilter, path: string): Promise<number> {
  const names = new Map(
    db
      .select({ id: departments.id, shortName: departments.shortName })
      .from(departments)
      .all()
      .map((d) => [d.id, d.shortName]),
  );
  const out = streamingSheet(
    path,
    SUBJECT_SHEET,
    SUBJECT_COLUMNS.map((c) => c.label),
    WIDTHS,
  );
  const where = subjectWhere(filter);
  let cursor = 0;
  let count = 0;
  for (;;) {
    // Keyset pages by id: constant cost per page however deep the export goes.
    const batch = db
      .select(subjectColumns)
      .from(subjects)
      .where(and(where, gt(subjects.id, cursor)))
      .orderBy(asc(subjects.id))
      .limit(5000)
      .all();
    for (const s of batch) {
      const depts = s.departmentIds
        ? s.departmentIds
            .split(',')
            .map((id) => names.get(Number(id)) ?? id)
            .join(LIST)
        : '';
      out.add([
        s.uscc,
        s.name,
        s.type,
        s.legalRep,
        s.address,
        s.regionCode,
        s.industryCode,
        s.licences.replaceAll('、', LIST),
        s.regStatus,
        s.establishedOn,
        s.riskClass,
        s.abnormal ? '是' : '否',
        s.seriousIllegal ? '是' : '否',
        s.penalized3y ? '是' : '否',
        s.tags.replaceAll('、', LIST),
        depts,
      ]);
    }
    count += batch.length;
    const last = batch.at(-1);
    if (!last || batch.length < 5000) break;
    cursor = last.id;
  }
  await out.finish();
  return count;
}
