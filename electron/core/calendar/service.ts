import type { Handlers } from '../handler-types';
import type { calendarContract } from './contract';
import { calendarYearsOf, loadCalendar } from './store';
import { addWorkdays, isWorkday } from './workdays';

export const calendarHandlers: Handlers<typeof calendarContract> = {
  'calendar.years': (ctx) => calendarYearsOf(ctx.db),
  'calendar.isWorkday': (ctx, input) => ({ date: input.date, workday: isWorkday(loadCalendar(ctx.db), input.date) }),
  'calendar.add': (ctx, input) => ({ date: addWorkdays(loadCalendar(ctx.db), input.date, input.days) }),
};
