import { z } from 'zod';
import { EXPERT_ORG_TYPES, RECUSAL_RELATIONS } from '../../../db/schema/inspectors';
import { method } from '../define';
import { importCommitInput, importCountsSchema, importPreviewOutput } from '../excel/import-contract';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { idInput } from '../users/schemas';
import { CERT_STATUSES } from './certificate.shared';

export const inspectorSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  departmentId: z.number().int(),
  departmentName: z.string(),
  certNo: z.string().nullable(),
  certValidFrom: z.string().nullable(),
  certValidTo: z.string().nullable(),
  /** On the office's today, by the one certificate rule (certificate.shared.ts certStatusOn). */
  certStatus: z.enum(CERT_STATUSES),
  position: z.string(),
  qualifications: z.string(),
  expertise: z.string(),
  regionCode: z.string(),
  phone: z.string(),
  active: z.boolean(),
  recusalCount: z.number().int(),
});
export type InspectorView = z.infer<typeof inspectorSchema>;

export const inspectorFieldsSchema = z.object({
  name: z.string().max(60).default(''),
  departmentId: z.number().int().positive({ error: '请选择所属部门。' }),
  certNo: z.string().max(40).default(''),
  certValidFrom: z.string().max(20).default(''),
  certValidTo: z.string().max(20).default(''),
  position: z.string().max(40).default(''),
  qualifications: z.array(z.string().max(40)).max(20).default([]),
  expertise: z.array(z.string().max(40)).max(20).default([]),
  regionCode: z.string().max(12).default(''),
  phone: z.string().max(30).default(''),
  active: z.boolean().default(true),
});
export type InspectorFields = z.infer<typeof inspectorFieldsSchema>;

const recusalSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['subject', 'region']),
  subjectId: z.number().int().nullable(),
  subjectName: z.string().nullable(),
  subjectUscc: z.string().nullable(),
  regionCode: z.string().nullable(),
  /** A township or street by name (matched against the subject's address); null for a code or a subject. */
  regionName: z.string().nullable(),
  /** The region in words (区县/乡镇街道/村社区 and the code, or the name), from the one rule. */
  regionText: z.string().nullable(),
  relation: z.string(),
  reason: z.string(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endReason: z.string().nullable(),
});

const expertSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  organisation: z.string(),
  orgType: z.string(),
  field: z.string(),
  phone: z.string(),
  active: z.boolean(),
});
const expertFields = z.object({
  name: z.string().trim().min(1, '请输入专家姓名。').max(60),
  organisation: z.string().trim().min(1, '请输入所在单位。').max(100),
  orgType: z.enum(EXPERT_ORG_TYPES, { error: '请选择单位类别。' }),
  field: z.string().trim().max(100).default(''),
  phone: z.string().trim().max(30).default(''),
});

export const inspectorsContract = {
  'inspectors.list': method({
    summary: '查询执法人员',
    input: z.object({
      q: z.string().trim().max(40).optional(),
      departmentId: z.number().int().positive().optional(),
      certStatus: z.enum(CERT_STATUSES).optional(),
      active: z.boolean().optional(),
    }),
    output: z.array(inspectorSchema),
    access: EVERYONE,
    write: false,
  }),
  'inspectors.get': method({
    summary: '查看执法人员',
    input: idInput,
    output: z.object({
      inspector: inspectorSchema,
      recusals: z.array(recusalSchema),
      history: z.array(
        z.object({
          id: z.number().int(),
          at: z.string(),
          actorName: z.string(),
          source: z.string(),
          changes: z.array(z.object({ field: z.string(), label: z.string(), old: z.unknown(), new: z.unknown() })),
        }),
      ),
    }),
    access: EVERYONE,
    write: false,
  }),
  'inspectors.create': method({
    summary: '新增执法人员',
    input: inspectorFieldsSchema,
    output: inspectorSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'inspector',
  }),
  'inspectors.update': method({
    summary: '修改执法人员',
    input: inspectorFieldsSchema.extend({ id: z.number().int().positive() }),
    output: inspectorSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'inspector',
  }),
  'inspectors.addRecusal': method({
    summary: '登记回避',
    input: z.object({
      inspectorId: z.number().int().positive(),
      kind: z.enum(['subject', 'region']),
      /** The subject by its USCC, as it is written on paper. */
      subjectUscc: z.string().max(40).optional(),
      /** 6-digit county, 9-digit township or street, 12-digit village or community (checked by recusal.shared.ts). */
      regionCode: z.string().trim().max(20).optional(),
      /** Or a township or street by name, e.g. 城关镇. */
      regionName: z.string().trim().max(30).optional(),
      relation: z.enum(RECUSAL_RELATIONS, { error: '请选择回避原因类别。' }),
      reason: z.string().trim().min(2, '请写明回避的具体理由。').max(200),
    }),
    output: recusalSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'recusal',
  }),
  'inspectors.endRecusal': method({
    summary: '解除回避',
    input: idInput.extend({ reason: z.string().trim().min(2, '请写明解除回避的理由。').max(200) }),
    output: recusalSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'recusal',
  }),
  'inspectors.importPreview': method({
    summary: '预览执法人员导入',
    input: z.object({ upload: z.string().max(64) }),
    output: importPreviewOutput,
    access: ROLE_GROUPS.managers,
    write: false,
  }),
  'inspectors.importCommit': method({
    summary: '导入执法人员',
    input: importCommitInput,
    output: importCountsSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'inspector',
  }),
  'experts.list': method({
    summary: '查询专家',
    input: z.object({ q: z.string().trim().max(40).optional(), includeInactive: z.boolean().default(false) }),
    output: z.array(expertSchema),
    access: EVERYONE,
    write: false,
  }),
  'experts.create': method({
    summary: '新增专家',
    input: expertFields,
    output: expertSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'expert',
  }),
  'experts.update': method({
    summary: '修改专家',
    input: expertFields.extend({ id: z.number().int().positive(), active: z.boolean() }),
    output: expertSchema,
    access: ROLE_GROUPS.managers,
    write: true,
    entity: 'expert',
  }),
};
