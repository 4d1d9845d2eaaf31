import type { Handlers } from '../handler-types';
import { requireActor } from '../context';
import { lateAdjustments, nameBook } from '../plans';
import { owedReports } from '../reports';
import { deadlineMarks } from './deadlines';
import type { todoContract } from './todo-contract';
import { dueSoon, overdue, scopeOfActor, tasksLate, todoCounts, type TodoScope } from './todo';
import { keySharesOver } from './todo-key-share';

/** 报送 owed by the caller's share: a department its own, the county office every department's; an officer none. */
const reportsOwedOf = (
  db: Parameters<typeof owedReports>[0],
  marks: { today: string; soon: string },
  scope: TodoScope,
) => (scope.inspectorId !== undefined ? [] : owedReports(db, marks, scope.departmentId));

export const todoHandlers: Handlers<typeof todoContract> = {
  'todo.counts': (ctx) => {
    const marks = deadlineMarks(ctx.db, ctx.now);
    const scope = scopeOfActor(ctx.db, requireActor(ctx));
    const names = nameBook(ctx.db);
    const counts = todoCounts(ctx.db, marks, scope);
    return {
      overdue: counts.overdue,
      dueSoon: counts.dueSoon,
      today: marks.today,
      soon: marks.soon,
      calendarWarning: marks.warning,
      byDepartment: counts.byDepartment.map((d) => ({ ...d, departmentName: names.department(d.departmentId) })),
      byInspector: counts.byInspector.map(({ departmentId, ...i }) => ({
        ...i,
        departmentName: names.department(departmentId),
      })),
      tasksLate: tasksLate(ctx.db, marks, scope),
      // An inspector files no adjustments; a department sees its own plan's, the county office every plan's.
      adjustmentsLate:
        scope.inspectorId !== undefined
          ? []
          : lateAdjustments(ctx.db, marks.today)
              .filter((a) => scope.departmentId === undefined || a.departmentId === scope.departmentId)
              .map(({ departmentId: _d, ...a }) => a),
      reportsOwed: reportsOwedOf(ctx.db, marks, scope),
      keyShareOver: keySharesOver(ctx.db, marks.today, scope),
    };
  },
  'todo.list': (ctx, input) =>
    (input.kind === 'overdue' ? overdue : dueSoon)(
      ctx.db,
      deadlineMarks(ctx.db, ctx.now),
      scopeOfActor(ctx.db, requireActor(ctx)),
      input.limit,
    ),
};
