import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';

export const creditProposalView = z.object({
  id: z.number().int(),
  subjectId: z.number().int(),
  subjectName: z.string(),
  uscc: z.string().nullable(),
  resultId: z.number().int(),
  taskName: z.string(),
  itemName: z.string(),
  problems: z.string(),
  fromClass: z.string(),
  toClass: z.string(),
  status: z.enum(['proposed', 'confirmed', 'rejected']),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  note: z.string(),
  createdAt: z.string(),
});

/** 信用反馈 moves a subject's internal risk class: the lead office decides. */
export const creditContract = {
  'credit.list': method({
    summary: '查询信用风险分类调整建议',
    input: z.object({ status: z.enum(['proposed', 'confirmed', 'rejected']).optional() }),
    output: z.array(creditProposalView),
    access: EVERYONE,
    write: false,
  }),
  'credit.decide': method({
    summary: '确认或驳回信用风险分类调整',
    input: z.object({
      id: z.number().int().positive(),
      decision: z.enum(['confirm', 'reject'], { error: '请选择确认或驳回。' }),
      note: z.string().trim().max(500, '说明不能超过 500 个字。').default(''),
    }),
    output: creditProposalView,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'creditProposal',
  }),
};
