import { and, asc, gt } from 'drizzle-orm';
import type { ReadableDb } from '../../../db/client';
import { subjects } from '../../../db/schema';
import { departmentNames } from '../departments';
import { RISK_CLASSES, SUBJECT_TYPES } from '../../../db/schema/subjects';
import { type TemplateSpec, streamingSheet } from '../excel';
import { SUBJECT_COLUMNS, type SubjectColumn } from './columns';
import { subjectColumns, subjectWhere } from './queries';
import { REG_STATUSES } from './record';
import type { SubjectFilter } from './schemas';

export const SUBJECT_SHEET = '检查对象';
const WIDTHS = [22, 36, 14, 14, 40, 12, 10, 24, 10, 12, 12, 12, 12, 14, 14, 20, 24];
const LIST = '；';

const NOTES: Partial<Record<SubjectColumn, string>> = {
  uscc: '企业、个体工商户、农民专业合作社必填；18 位',
  name: '必填',
  type: '不填则按信用代码判断',
  regionCode: '6 位区县、9 位乡镇街道或 12 位村社区代码；不填则取信用代码第 3–8 位',
  industryCode: 'GB/T 4754，如 F5211',
  licences: '多个用分号分隔',
  regStatus: '默认“存续”',
  establishedOn: '如 2015-03-02',
  riskClass: 'A/B/C/D，默认 B',
  abnormal: '是/否',
  seriousIllegal: '是/否',
  penalized3y: '是/否',
  complaintVerified: '是/否',
  tags: '多个用分号分隔',
  departmentIds: '部门名称或简称，多个用分号分隔',
};

const EXAMPLE: Partial<Record<SubjectColumn, string>> = {
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
  complaintVerified: '否',
  tags: '食品；小微企业',
  departmentIds: '市场监管',
};

/** Dropdowns for the coded columns, so a hand-filled sheet needs few corrections. */
const CHOICES: Partial<Record<SubjectColumn, readonly string[]>> = {
  type: SUBJECT_TYPES,
  riskClass: RISK_CLASSES,
  regStatus: REG_STATUSES,
  abnormal: ['是', '否'],
  seriousIllegal: ['是', '否'],
  penalized3y: ['是', '否'],
  complaintVerified: ['是', '否'],
};

/** The subject import template. */
export const SUBJECT_TEMPLATE: TemplateSpec<SubjectColumn> = {
  sheet: SUBJECT_SHEET,
  title: '检查对象名录导入模板',
  columns: SUBJECT_COLUMNS,
  widths: WIDTHS,
  notes: NOTES,
  example: EXAMPLE,
  choices: CHOICES,
};

/** Streams the filtered directory to a workbook whose columns re-import as they are. Returns the row count. */
export async function writeSubjectExport(db: ReadableDb, filter: SubjectFilter, path: string): Promise<number> {
  const names = departmentNames(db);
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
        s.complaintVerified ? '是' : '否',
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
