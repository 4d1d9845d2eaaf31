import dayjs from 'dayjs';

/** How the calendar's day kinds read on screen; 'normal' removes the entry and the weekday rule applies again. */
export const DAY_KINDS = {
  holiday: { label: '放假', color: 'red' },
  workday: { label: '调休上班', color: 'blue' },
  normal: { label: '恢复正常', color: 'default' },
} as const;
export type DayKind = keyof typeof DAY_KINDS;

/** 2026-10-01 → 星期四 (dayjs speaks Chinese once App has set its locale). */
export const weekdayOf = (date: string): string => dayjs(date).format('dddd');
