import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';

const monthSchema = z
  .string({ error: '请给出月份，如 2026-10。' })
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, '月份应写成 2026-10 这样。');

const kindSchema = z.enum(['monthly', 'halfYear', 'annual'], {
  error: '请选择报送的报表：月报表、半年或年度工作总结。',
});
const periodSchema = z
  .string({ error: '请给出期间，如 2026-10、2026H1 或 2026。' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])|H1)?$/, '期间应写成 2026-10（月报表）、2026H1（半年）或 2026（年度）。');
const stateSchema = z.enum(['submitted', 'submittedLate', 'notYet', 'missing']);
const versionFields = {
  id: z.number().int(),
  version: z.number().int(),
  submittedOn: z.string(),
  submittedAt: z.string(),
  submittedByName: z.string(),
  reason: z.string(),
  sha256: z.string(),
};
/** Who follow 报送: the county office and the leaders see every department, a 部门管理员 their own. */
const SUBMISSION_READERS = ['admin', 'lead', 'deptAdmin', 'viewer'] as const;

/** 报表: what the office hands upward, from the same figures the dashboard shows. */
export const reportsContract = {
  'reports.monthly': method({
    summary: '生成月报表',
    input: z.object({ month: monthSchema, departmentId: z.number().int().positive().optional() }),
    output: z.object({ download: z.string(), fileName: z.string(), rows: z.number().int() }),
    access: EVERYONE,
    write: false,
  }),
  'reports.summary': method({
    summary: '生成半年或年度汇总',
    input: z.object({
      period: z
        .string({ error: '请给出期间，如 2026H1 或 2026。' })
        .regex(/^\d{4}(H[12])?$/, '期间应写成 2026H1（上半年）、2026H2（下半年）或 2026（全年）。'),
    }),
    output: z.object({ download: z.string(), fileName: z.string() }),
    access: EVERYONE,
    write: false,
  }),
  'reports.submit': method({
    summary: '报送报表',
    input: z.object({
      kind: kindSchema,
      period: periodSchema,
      departmentId: z.number({ error: '请选择报送部门。' }).int().positive(),
      /** Required for a resubmission: why the report is sent again. */
      reason: z.string().trim().max(500, '原因不能超过 500 字。').default(''),
    }),
    output: z.object({ ...versionFields, state: stateSchema, dueOn: z.string(), fileName: z.string() }),
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'reportSubmission',
  }),
  'reports.submissions': method({
    summary: '查询报送情况',
    input: z.object({ kind: kindSchema, period: periodSchema }),
    output: z.object({
      kind: kindSchema,
      period: z.string(),
      label: z.string(),
      periodEnd: z.string(),
      dueOn: z.string(),
      today: z.string(),
      rows: z.array(
        z.object({
          departmentId: z.number().int(),
          departmentName: z.string(),
          state: stateSchema,
          latestVersion: z.number().int().nullable(),
          versions: z.array(z.object(versionFields)),
        }),
      ),
    }),
    access: SUBMISSION_READERS,
    write: false,
  }),
  'reports.submittedFile': method({
    summary: '下载已报送的报表',
    input: z.object({ id: z.number().int().positive() }),
    output: z.object({ download: z.string(), fileName: z.string(), sha256: z.string(), version: z.number().int() }),
    access: SUBMISSION_READERS,
    write: false,
  }),
  'reports.compile': method({
    summary: '汇总各部门报送的月报表',
    input: z.object({ month: monthSchema }),
    output: z.object({
      download: z.string().nullable(),
      fileName: z.string(),
      rows: z.number().int(),
      submitted: z.array(
        z.object({
          departmentId: z.number().int(),
          departmentName: z.string(),
          version: z.number().int(),
          submittedOn: z.string(),
        }),
      ),
      missing: z.array(z.object({ departmentId: z.number().int(), departmentName: z.string() })),
    }),
    access: ROLE_GROUPS.overseers,
    write: false,
  }),
};
