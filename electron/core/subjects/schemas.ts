import { z } from 'zod';
import { RISK_CLASSES, SUBJECT_TYPES } from '../../../db/schema/subjects';

export const subjectFilterSchema = z.object({
  /** USCC prefix, any part of name or address, or pinyin initials of the name. */
  q: z.string().trim().max(60).optional(),
  type: z.enum(SUBJECT_TYPES).optional(),
  riskClass: z.enum(RISK_CLASSES).optional(),
  /** A region code or its prefix: '150222' for the county, '1502' for the city, '150222100' for a township. */
  regionCode: z
    .string()
    .regex(/^\d{2,12}$/, '行政区划代码应为 2–12 位数字。')
    .optional(),
  /** GB/T 4754 code or prefix: 'F' for 批发和零售业, 'F52' for 零售业. */
  industryCode: z
    .string()
    .regex(/^[A-Ta-t]\d{0,4}$/, '行业代码应为门类字母加 0–4 位数字，如 F52。')
    .optional(),
  regStatus: z.string().max(10).optional(),
  tag: z.string().max(40).optional(),
  licence: z.string().max(60).optional(),
  departmentId: z.number().int().positive().optional(),
  abnormal: z.boolean().optional(),
  seriousIllegal: z.boolean().optional(),
  penalized3y: z.boolean().optional(),
  complaintVerified: z.boolean().optional(),
});
export type SubjectFilter = z.infer<typeof subjectFilterSchema>;

export const subjectRowSchema = z.object({
  id: z.number().int(),
  type: z.string(),
  uscc: z.string().nullable(),
  name: z.string(),
  legalRep: z.string(),
  address: z.string(),
  regionCode: z.string(),
  industryCode: z.string(),
  licences: z.string(),
  regStatus: z.string(),
  establishedOn: z.string().nullable(),
  riskClass: z.string(),
  abnormal: z.boolean(),
  seriousIllegal: z.boolean(),
  penalized3y: z.boolean(),
  complaintVerified: z.boolean(),
  tags: z.string(),
  departmentIds: z.string(),
  updatedAt: z.string(),
});
export type SubjectRowView = z.infer<typeof subjectRowSchema>;

/** What a form sends: the same fields a sheet row holds, as text, lists and flags. */
export const subjectFieldsSchema = z.object({
  type: z.string().max(20).default(''),
  uscc: z.string().max(40).default(''),
  name: z.string().max(400).default(''),
  legalRep: z.string().max(60).default(''),
  address: z.string().max(400).default(''),
  regionCode: z.string().max(20).default(''),
  industryCode: z.string().max(20).default(''),
  licences: z.array(z.string().max(60)).max(50).default([]),
  regStatus: z.string().max(20).default(''),
  establishedOn: z.string().max(20).default(''),
  riskClass: z.string().max(10).default(''),
  abnormal: z.boolean().default(false),
  seriousIllegal: z.boolean().default(false),
  penalized3y: z.boolean().default(false),
  complaintVerified: z.boolean().default(false),
  tags: z.array(z.string().max(40)).max(50).default([]),
  departmentIds: z.array(z.number().int().positive()).max(40).default([]),
});
export type SubjectFields = z.infer<typeof subjectFieldsSchema>;
