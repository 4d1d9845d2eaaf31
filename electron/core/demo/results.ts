import type { Core } from '../app';
import { demoCall } from './call';
import { loadCalendar, addWorkdays, isWorkday, type WorkCalendar } from '../calendar';
import type { MethodInput } from '../contract';
import { addDays } from '../dates';
import { officeToday } from '../office-time';
import { isDueSoon, isOverdue, publishDueOf, SOON_WORKDAYS } from '../results';
import { getTask } from '../tasks';
import type { DemoRandom } from './random';

export interface DemoResultsReport {
  entered: number;
  published: number;
  overdue: number;
  dueSoon: number;
  followUps: number;
}

const PROBLEMS = ['未按规定公示年度报告', '食品贮存不符合要求', '从业人员健康证明过期', '经营场所卫生不达标'];

/** Working days from `from` to `to`, both included. */
function workdaysBetween(calendar: WorkCalendar, from: string, to: string): string[] {
  const days: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) if (isWorkday(calendar, d)) days.push(d);
  return days;
}

/**
 * Results for the demo's locked tasks, relative to the day the demo runs: most entered and published within their
 * deadline, a few overdue, a few due within three working days, some with problems that open follow-ups (some
 * closed) and propose credit changes. Dates stay inside each task's period and never pass today; a task not yet
 * started gets none. A day the calendar does not cover yet leaves the results out rather than failing the demo.
 */
export async function writeDemoResults(core: Core, random: DemoRandom, taskIds: number[]): Promise<DemoResultsReport> {
  const report = { entered: 0, published: 0, overdue: 0, dueSoon: 0, followUps: 0 };
  const today = officeToday({ db: core.db, now: core.clock.now() });
  const calendar = loadCalendar(core.db);
  const rules = await demoCall(core, 'results.rules', {});
  for (const taskId of taskIds) {
    const task = getTask(core.db, taskId);
    const last = task.periodEnd < today ? task.periodEnd : today;
    let days: string[];
    let soon: string;
    try {
      days = workdaysBetween(calendar, task.periodStart, last);
      soon = addWorkdays(calendar, today, SOON_WORKDAYS);
    } catch {
      continue;
    }
    if (days.length === 0) continue;
    const dueOf = (d: string) => publishDueOf(calendar, rules, { resultDate: d, periodEnd: task.periodEnd });
    // Result days whose deadline is still ahead but within three working days, and days long overdue, were their
    // results left unpublished.
    const unpublished = (d: string) => ({ publishedOn: null, withheldReason: null, publishDue: dueOf(d) });
    const soonDays = days.filter((d) => isDueSoon(unpublished(d), { today, soon }));
    const lateDays = days.filter((d) => isOverdue(unpublished(d), today));
    const sheet = await demoCall(core, 'results.sheet', { taskId });
    const subjects = [...new Set(sheet.rows.map((r) => r.subjectId))];
    const entries: MethodInput<'results.enterMany'>['entries'] = [];
    const toPublish: { subjectId: number; resultDate: string }[] = [];
    for (const [i, subjectId] of subjects.entries()) {
      // A fixed rotation, so even a small county shows every state: mostly published, some late, some due soon,
      // some not entered yet (never the first subject, so every task shows results).
      const turn = i % 10;
      const fate =
        turn === 1 && lateDays.length > 0 ? 'overdue' : turn === 2 && soonDays.length > 0 ? 'dueSoon' : 'published';
      if (turn === 3) continue;
      const resultDate =
        fate === 'dueSoon' ? random.pick(soonDays) : fate === 'overdue' ? random.pick(lateDays) : random.pick(days);
      const problem = i % 7 === 4 || random.chance(0.05);
      for (const row of sheet.rows.filter((r) => r.subjectId === subjectId)) {
        entries.push({
          taskId,
          subjectId,
          itemId: row.itemId,
          categories: problem ? ['06'] : ['01'],
          resultDate,
          method: '实地核查',
          description: problem ? '现场检查发现问题，已当场告知' : '现场检查未发现问题',
          problems: problem ? random.pick(PROBLEMS) : '',
        });
      }
      if (fate === 'published') toPublish.push({ subjectId, resultDate });
      else report[fate] += 1;
    }
    if (entries.length === 0) continue;
    await demoCall(core, 'results.enterMany', { entries });
    report.entered += entries.length;
    const ids = new Map(
      (await demoCall(core, 'results.sheet', { taskId })).rows.map((r) => [`${r.subjectId}:${r.itemId}`, r.result]),
    );
    for (const { subjectId, resultDate } of toPublish) {
      const mine = sheet.rows
        .filter((r) => r.subjectId === subjectId)
        .map((r) => ids.get(`${r.subjectId}:${r.itemId}`)?.id ?? 0);
      // Published a few working days after the result, never later than today or the deadline.
      const publishedOn = [addWorkdays(calendar, resultDate, 1 + random.int(10)), today, dueOf(resultDate)].sort()[0]!;
      await demoCall(core, 'results.publish', { ids: mine, publishedOn });
      report.published += mine.length;
    }
    for (const row of ids.values()) {
      if (!row || !row.categories.includes('06')) continue;
      const follow = await demoCall(core, 'followups.create', {
        resultId: row.id,
        measure: random.pick(['01', '06', '03']),
        departmentId: row.departmentId,
        dueOn: addDays(today, 15 + random.int(30)),
      });
      report.followUps += 1;
      if (random.chance(0.5))
        await demoCall(core, 'followups.close', { id: follow.id, closedOn: today, outcome: '已按期整改到位' });
    }
  }
  return report;
}
