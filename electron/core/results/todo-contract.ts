import { z } from 'zod';
import { method } from '../define';
import { keyShareRowSchema } from '../items/schemas';
import { EVERYONE } from '../roles';
import { subjectItemFields } from './view';

const counts = { overdue: z.number().int(), dueSoon: z.number().int() };

/** 待办: what is overdue or due within 3 working days, for the caller's share of the county. */
export const todoContract = {
  'todo.counts': method({
    summary: '查询待办数量',
    polled: true,
    input: z.object({}),
    output: z.object({
      ...counts,
      today: z.string(),
      soon: z.string(),
      calendarWarning: z.string().nullable(),
      byDepartment: z.array(z.object({ departmentId: z.number().int(), departmentName: z.string(), ...counts })),
      byInspector: z.array(
        z.object({
          inspectorId: z.number().int(),
          name: z.string(),
          departmentName: z.string(),
          ...counts,
        }),
      ),
      tasksLate: z.array(
        z.object({
          taskId: z.number().int(),
          name: z.string(),
          leadDepartment: z.string(),
          periodEnd: z.string(),
          entryDue: z.string(),
          missing: z.number().int(),
        }),
      ),
      /** Filed plan adjustments not published within 5 working days of their filing (SH). */
      adjustmentsLate: z.array(
        z.object({
          planId: z.number().int(),
          planName: z.string(),
          taskName: z.string(),
          filedOn: z.string(),
          publishBy: z.string().nullable(),
        }),
      ),
      /** 报送: reports due within the “due soon” window or past due and not submitted (reports' owedReports). */
      reportsOwed: z.array(
        z.object({
          kind: z.enum(['monthly', 'halfYear', 'annual']),
          period: z.string(),
          label: z.string(),
          departmentId: z.number().int(),
          departmentName: z.string(),
          dueOn: z.string(),
          state: z.enum(['notYet', 'missing']),
        }),
      ),
      /** Departments whose item list in force today is above the maximum share of key items (items' keyShareOf). */
      keyShareOver: z.array(keyShareRowSchema.extend({ maxPercent: z.number(), message: z.string() })),
    }),
    access: EVERYONE,
    write: false,
  }),
  'todo.list': method({
    summary: '查询超期和即将到期的结果',
    input: z.object({
      kind: z.enum(['overdue', 'dueSoon']),
      limit: z.number().int().min(1).max(2000).default(500),
    }),
    output: z.array(
      z.object({
        id: z.number().int(),
        taskId: z.number().int(),
        taskName: z.string(),
        ...subjectItemFields,
        resultDate: z.string(),
        publishDue: z.string(),
        status: z.enum(['entered', 'returned', 'approved']),
        flag: z.enum(['overdue', 'dueSoon']),
      }),
    ),
    access: EVERYONE,
    write: false,
  }),
};
