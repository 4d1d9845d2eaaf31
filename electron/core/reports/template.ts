import fs from 'node:fs';
import { z } from 'zod';
import shipped from '../../../resources/templates/monthly-report.json';
import { AppError } from '../errors';

/**
 * What a report column shows: one figure, or a group of columns, one per result category or follow-up measure.
 * `ratio` is the planned ratio as the plan wrote it (per class when differentiated); `realisedRatio` is 抽查户数 ÷ 抽查基数.
 */
export const FIGURES = [
  'name',
  'type',
  'leadDepartment',
  'departments',
  'poolSize',
  'ratio',
  'realisedRatio',
  'drawn',
  'checked',
  'published',
  'unpublished',
  'completionRate',
  'closed',
  'closureRate',
] as const;
export type Figure = (typeof FIGURES)[number];

const columnSchema = z.union([
  z.object({ header: z.string().min(1), figure: z.enum(FIGURES), width: z.number().min(4).max(80).default(10) }),
  z.object({
    header: z.string().min(1),
    group: z.enum(['categories', 'measures']),
    width: z.number().min(4).max(80).default(9),
  }),
]);

/**
 * The 月报表's layout as data (resources/templates/monthly-report.json): the title, part 一's questions, and which
 * column of part 二 shows which figure under which header. An office whose province uses another layout puts its
 * own copy in the data directory's templates folder; the code stays the same.
 */
export const monthlyTemplateSchema = z.object({
  sheet: z.string().min(1).max(31),
  title: z.string().min(1),
  unitLabel: z.string(),
  dateLabel: z.string(),
  part1: z.object({
    heading: z.string(),
    answerHeader: z.string(),
    noteHeader: z.string(),
    rows: z.array(z.object({ key: z.enum(['rules', 'items', 'directories']), label: z.string().min(1) })),
  }),
  part2: z.object({ heading: z.string(), columns: z.array(columnSchema).min(1) }),
  totalLabel: z.string(),
  jointLine: z.string(),
  /** 填表说明: how each column is counted, printed under the table. */
  notes: z.array(z.string().min(1)).default([]),
});
export type MonthlyTemplate = z.infer<typeof monthlyTemplateSchema>;

/** The office's own template when it has one (refused with the reason when it is broken), else the shipped one. */
export function monthlyTemplate(officePath: string | null): MonthlyTemplate {
  if (!officePath) return monthlyTemplateSchema.parse(shipped);
  let parsed;
  try {
    parsed = monthlyTemplateSchema.safeParse(JSON.parse(fs.readFileSync(officePath, 'utf8')));
  } catch {
    parsed = null;
  }
  if (!parsed?.success) {
    const where = parsed ? parsed.error.issues[0]?.path.join('.') : '文件内容';
    throw new AppError(
      'CONFLICT',
      `本单位的月报表模板（${officePath}）格式有误（${where ?? ''}），请对照系统自带的 monthly-report.json 修改，或删除该文件改用默认模板。`,
    );
  }
  return parsed.data;
}
