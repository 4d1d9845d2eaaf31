import { z } from 'zod';
import { method } from '../define';
import { EVERYONE } from '../roles';

export const SETUP_STEPS = [
  'departments',
  'officerAccounts',
  'items',
  'subjects',
  'inspectors',
  'plan',
  'task',
] as const;

/** 工作台. */
export const homeContract = {
  'home.setupChecklist': method({
    summary: '查看开始使用的准备步骤',
    input: z.object({}),
    /**
     * The steps of setting up an office, in order, each done or not with what there is so far. The lead office sees
     * the county's, a department administrator the own department's (without the departments step); others none.
     */
    output: z.object({
      steps: z.array(z.object({ key: z.enum(SETUP_STEPS), done: z.boolean(), detail: z.string() })),
    }),
    access: EVERYONE,
    write: false,
  }),
};
