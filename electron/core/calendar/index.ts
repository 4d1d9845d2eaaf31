// The calendar area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/calendar/ is internal to it (lint: area-boundaries).
export { saveNewYear } from './new-year';
export { parseHolidayNotice, type NoticeDay } from './notice-parser';
export { calendarYearsOf, loadCalendar, seedCalendar } from './store';
export { addWorkdays, isWorkday, type WorkCalendar } from './workdays';
