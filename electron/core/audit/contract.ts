import { z } from 'zod';
import { method } from '../define';
import { ROLE_GROUPS } from '../roles';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD。');

export const auditEntrySchema = z.object({
  id: z.number().int(),
  at: z.string(),
  actorName: z.string(),
  door: z.string(),
  method: z.string(),
  summary: z.string(),
  entityType: z.string().nullable(),
  entityId: z.string().nullable(),
  inputDigest: z.string(),
  outcome: z.string(),
  hash: z.string(),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditFilterSchema = z.object({
  method: z.string().max(60).optional(),
  actor: z.string().trim().max(40).optional(),
  outcome: z.enum(['ok', 'refused']).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export type AuditFilter = z.infer<typeof auditFilterSchema>;

export const auditContract = {
  'audit.list': method({
    summary: '查询审计日志',
    input: auditFilterSchema.extend({
      page: z.number().int().min(1).default(1),
      pageSize: z.number().int().min(1).max(200).default(50),
    }),
    output: z.object({ total: z.number().int(), rows: z.array(auditEntrySchema) }),
    access: ROLE_GROUPS.overseers,
    write: false,
  }),
  'audit.export': method({
    summary: '导出审计日志',
    input: auditFilterSchema,
    output: z.object({ fileName: z.string(), csv: z.string(), count: z.number().int() }),
    access: ROLE_GROUPS.overseers,
    write: false,
  }),
  'audit.methods': method({
    summary: '查询可审计的操作',
    input: z.object({}),
    output: z.array(z.object({ method: z.string(), summary: z.string() })),
    access: ROLE_GROUPS.overseers,
    write: false,
  }),
  'audit.verify': method({
    summary: '校验审计日志',
    input: z.object({
      /** A head printed on a document or sent upward (HASH[@N] on the command line). */
      expect: z
        .object({
          hash: z.string().regex(/^[0-9a-f]{64}$/, '审计链头哈希应为 64 位十六进制数字。'),
          entryId: z.number().int().min(1).optional(),
        })
        .optional(),
      /** The content of a signed anchor file (audit.anchor), checked in the core. */
      anchorFile: z.unknown().optional(),
      deep: z.boolean().optional(),
    }),
    output: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), count: z.number().int(), headHash: z.string(), notes: z.array(z.string()) }),
      z.object({
        ok: z.literal(false),
        count: z.number().int(),
        brokenId: z.number().int(),
        reason: z.string(),
        problems: z.array(
          z.object({ entryId: z.number().int().nullable(), reason: z.string(), chain: z.boolean().optional() }),
        ),
        notes: z.array(z.string()),
      }),
    ]),
    access: ROLE_GROUPS.overseers,
    write: false,
  }),
  'audit.anchor': method({
    summary: '生成签名审计锚点',
    input: z.object({}),
    output: z.object({
      format: z.string(),
      office: z.string(),
      entryId: z.number().int(),
      headHash: z.string(),
      at: z.string(),
      publicKey: z.string(),
      signature: z.string(),
    }),
    access: ROLE_GROUPS.systemAdmin,
    write: true,
  }),
};
