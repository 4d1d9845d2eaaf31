import { z } from 'zod';
import { method } from '../define';
import { EVERYONE, ROLE_GROUPS } from '../roles';
import { officeSchema, settingKeySchema, settingValueSchema } from './schemas';

export const settingsContract = {
  'settings.office': method({
    summary: '查询单位信息',
    input: z.object({}),
    output: officeSchema,
    access: EVERYONE,
    write: false,
  }),
  'settings.updateOffice': method({
    summary: '修改单位信息',
    input: officeSchema,
    output: officeSchema,
    access: ROLE_GROUPS.leadOffice,
    write: true,
    entity: 'setting',
  }),
  'settings.list': method({
    summary: '查询全部设置',
    input: z.object({}),
    output: z.array(z.object({ key: z.string(), value: settingValueSchema, updatedAt: z.string() })),
    access: ROLE_GROUPS.leadOffice,
    write: false,
  }),
  'settings.set': method({
    summary: '修改设置项',
    input: z.object({ key: settingKeySchema, value: settingValueSchema }),
    output: z.object({ key: z.string(), value: settingValueSchema }),
    access: ROLE_GROUPS.systemAdmin,
    write: true,
    entity: 'setting',
  }),
};
