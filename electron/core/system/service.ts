import type { Handlers } from '../handler-types';
import { officeTime } from '../office-time';
import type { systemContract } from './contract';

export const systemHandlers: Handlers<typeof systemContract> = {
  'system.today': (ctx) => {
    const clock = officeTime(ctx);
    return { date: clock.today, timeZone: clock.timeZone, now: ctx.now.toISOString() };
  },
};
