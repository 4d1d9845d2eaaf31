import { z } from 'zod';
import { fromJsonText } from '../../../db/json-text';
import { results } from '../../../db/schema';

export const resultView = z.object({
  id: z.number().int(),
  taskId: z.number().int(),
  subjectId: z.number().int(),
  itemId: z.number().int(),
  departmentId: z.number().int(),
  categories: z.array(z.string()),
  resultDate: z.string(),
  method: z.string(),
  description: z.string(),
  problems: z.string(),
  status: z.enum(['entered', 'returned', 'approved']),
  returnReason: z.string().nullable(),
  withheldReason: z.string().nullable(),
  withheldOn: z.string().nullable(),
  publishedOn: z.string().nullable(),
  publishDue: z.string(),
  version: z.number().int(),
  enteredBy: z.string(),
  reviewedBy: z.string().nullable(),
  updatedAt: z.string(),
});
export type ResultView = z.infer<typeof resultView>;

/**
 * A result's category codes from a raw (prepared-statement) read of `results.categories`, decoded as the column's
 * JSON mode decodes it for a read through drizzle.
 */
export const categoryCodesOf = (text: string): string[] => fromJsonText(results.categories, text);

export const resultViewOf = (row: typeof results.$inferSelect): ResultView => ({
  id: row.id,
  taskId: row.taskId,
  subjectId: row.subjectId,
  itemId: row.itemId,
  departmentId: row.departmentId,
  categories: row.categories,
  resultDate: row.resultDate,
  method: row.method,
  description: row.description,
  problems: row.problems,
  status: row.status,
  returnReason: row.returnReason,
  withheldReason: row.withheldReason,
  withheldOn: row.withheldOn,
  publishedOn: row.publishedOn,
  publishDue: row.publishDue,
  version: row.version,
  enteredBy: row.enteredBy,
  reviewedBy: row.reviewedBy,
  updatedAt: row.updatedAt,
});

/** How a result stands against its deadline today. */
export const deadlineFlag = z.enum(['overdue', 'dueSoon']).nullable();

/** Which subject and item a listed result belongs to, as every result list shows it. */
export const subjectItemFields = {
  subjectId: z.number().int(),
  subjectName: z.string(),
  uscc: z.string().nullable(),
  itemId: z.number().int(),
  itemName: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
};
