import { z } from 'zod';
import { method } from '../define';
import { EVERYONE } from '../roles';

export const systemContract = {
  /**
   * The office's day as the core counts it (office-time.ts): screens take their default dates and "not after today"
   * limits from here, never from the browser's clock or zone.
   */
  'system.today': method({
    summary: '查询单位当前日期',
    input: z.object({}),
    output: z.object({
      /** YYYY-MM-DD in the office's time zone. */
      date: z.string(),
      /** The IANA zone of setting office.timeZone, e.g. Asia/Shanghai. */
      timeZone: z.string(),
      /** The core's clock, ISO: lets a screen keep the day right after midnight without asking again. */
      now: z.string(),
    }),
    access: EVERYONE,
    write: false,
  }),
};
