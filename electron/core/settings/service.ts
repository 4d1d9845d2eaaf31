import { z } from 'zod';
import type { Db, ReadableDb } from '../../../db/client';
import type { Handlers } from '../handler-types';
import { ANCHOR_KEY } from '../audit';
import { SECRET_KEY } from '../codes';
import { AppError } from '../errors';
import type { settingsContract } from './contract';
import { checkDeclaredSetting, isDeclaredSetting } from './declared';
import type { Office } from './schemas';
import { listSettings, readSetting, writeSetting } from './store';

/**
 * Keys made by the system and never shown. A function, not a set built at load time: the audit and codes areas import
 * this one, so either may still be loading when this file runs (test/unit/area-load-order.test.ts).
 */
const isSystemKey = (key: string): boolean => key === SECRET_KEY || key === ANCHOR_KEY;

export const OFFICE_NAME_KEY = 'office.name';
export const REGION_CODE_KEY = 'office.regionCode';

export function readOffice(db: ReadableDb): Office {
  return {
    officeName: readSetting(db, OFFICE_NAME_KEY, z.string(), ''),
    regionCode: readSetting(db, REGION_CODE_KEY, z.string(), ''),
  };
}

export function writeOffice(db: Db, office: Office, now: Date): Office {
  writeSetting(db, OFFICE_NAME_KEY, office.officeName, now);
  writeSetting(db, REGION_CODE_KEY, office.regionCode, now);
  return readOffice(db);
}

export const settingsHandlers: Handlers<typeof settingsContract> = {
  'settings.office': (ctx) => readOffice(ctx.db),
  'settings.updateOffice': (ctx, input) => {
    ctx.touches('setting', 'office');
    return writeOffice(ctx.db, input, ctx.now);
  },
  // The 检查码 secret signs printed notices, the anchor key signs audit heads: shown to no one and set by no one.
  'settings.list': (ctx) =>
    listSettings(ctx.db).filter((s) => !isSystemKey(s.key)) as {
      key: string;
      value: z.core.util.JSONType;
      updatedAt: string;
    }[],
  'settings.set': (ctx, input) => {
    // Office fields have their own validated form; a raw write could store a name the reports cannot use.
    if (input.key.startsWith('office.') && !isDeclaredSetting(input.key)) {
      throw new AppError('INVALID_INPUT', '单位信息请在「系统设置 → 单位信息」中修改。');
    }
    if (input.key === SECRET_KEY) throw new AppError('FORBIDDEN', '检查码密钥由系统生成，不能修改。');
    if (input.key === ANCHOR_KEY) throw new AppError('FORBIDDEN', '审计锚点签名密钥由系统生成，不能修改。');
    if (input.key.startsWith('results.'))
      throw new AppError('INVALID_INPUT', '结果公示期限请在「系统设置 → 结果与公示」中修改。');
    const value = checkDeclaredSetting(input.key, input.value) as z.core.util.JSONType;
    ctx.touches('setting', input.key);
    writeSetting(ctx.db, input.key, value, ctx.now);
    return { key: input.key, value };
  },
};
