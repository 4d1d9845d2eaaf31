import type { ReadableDb } from '../../../db/client';
import { RISK_CLASSES } from '../../../db/schema/subjects';
import { nameBook } from '../plans';
import { summaryFigures } from '../reports';
import { categoriesOf, categoryCounts, overdueByDepartment } from '../results';
import { LIVE_TASK_SQL } from '../tasks';
import type { DashboardFigures } from './contract';

const share = (part: number, whole: number): number => (whole === 0 ? 0 : part / whole);

interface Scope {
  year: number;
  start: string;
  end: string;
  /** 0 when the whole county is shown: the SQL tests `@departmentId = 0` instead of building two statements. */
  departmentId: number;
}

/** Results formed in the year per category code, and how many results that is. */
function categoryFigures(db: ReadableDb, scope: Scope): DashboardFigures['categories'] {
  const { results, byCode: counted } = categoryCounts(db, scope);
  const categories = categoriesOf(db);
  // Every category in use is shown, with its zero; a retired one only when the year still holds results of it.
  const rows = categories
    .filter((c) => c.active || counted.has(c.code))
    .map((c) => ({ code: c.code, name: c.name, results: counted.get(c.code) ?? 0 }));
  const known = new Set(categories.map((c) => c.code));
  for (const [code, n] of counted) if (!known.has(code)) rows.push({ code, name: `类别 ${code}`, results: n });
  return { results, rows };
}

/** Results formed in the year still owed to the public past their deadline — the 待办 page's “已超期”. */
function overdueFigures(db: ReadableDb, scope: Scope, today: string): DashboardFigures['overdue'] {
  const names = nameBook(db);
  const rows = overdueByDepartment(db, scope, today).map((r) => ({
    departmentId: r.departmentId,
    department: names.department(r.departmentId),
    results: r.results,
  }));
  return { results: rows.reduce((n, r) => n + r.results, 0), rows };
}

/**
 * Drawn subjects of the year's locked draws by the class they were drawn in (recorded on the draw: a later credit
 * change does not move them), against the directory's active subjects — the ones a draw may pick from.
 */
function riskFigures(db: ReadableDb, scope: Scope): DashboardFigures['risk'] {
  const client = db.$client;
  const byClass = (rows: { riskClass: string; n: number }[]) => new Map(rows.map((r) => [r.riskClass, r.n]));
  const drawn = byClass(
    client
      .prepare(
        `SELECT ds.risk_class AS riskClass, count(*) AS n
         FROM tasks t JOIN draws d ON d.task_id = t.id AND d.status = 'locked' JOIN draw_subjects ds ON ds.draw_id = d.id
         WHERE t.year = @year AND ${LIVE_TASK_SQL}
           AND (@departmentId = 0 OR EXISTS (SELECT 1 FROM json_each(t.department_ids) j WHERE j.value = @departmentId))
         GROUP BY ds.risk_class`,
      )
      .all(scope) as { riskClass: string; n: number }[],
  );
  const pool = byClass(
    client
      .prepare(
        "SELECT risk_class AS riskClass, count(*) AS n FROM subjects WHERE reg_status = '存续' GROUP BY risk_class",
      )
      .all() as { riskClass: string; n: number }[],
  );
  const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
  const drawnTotal = total(drawn);
  const poolTotal = total(pool);
  return {
    drawn: drawnTotal,
    pool: poolTotal,
    rows: RISK_CLASSES.map((riskClass) => ({
      riskClass,
      drawn: drawn.get(riskClass) ?? 0,
      drawnShare: share(drawn.get(riskClass) ?? 0, drawnTotal),
      pool: pool.get(riskClass) ?? 0,
      poolShare: share(pool.get(riskClass) ?? 0, poolTotal),
    })),
  };
}

/**
 * Coverage, on-time publication and joint tasks are the year's 工作汇总 figures themselves (summaryFigures with the
 * period “YYYY”), only summed or narrowed to the department: one query, so the screen and the summary agree.
 */
function summaryParts(db: ReadableDb, scope: Scope, today: string) {
  const summary = summaryFigures(db, String(scope.year), today);
  const mine = (id: number) => scope.departmentId === 0 || id === scope.departmentId;
  const departments = summary.departments.filter((d) => mine(d.departmentId));
  const sum = (rows: typeof departments, pick: (d: (typeof departments)[number]) => number) =>
    rows.reduce((n, d) => n + pick(d), 0);

  const listedRows = departments.filter((d) => d.listed > 0);
  const coverage = {
    listed: sum(listedRows, (d) => d.listed),
    inspected: sum(listedRows, (d) => d.inspected),
    rate: share(
      sum(listedRows, (d) => d.inspected),
      sum(listedRows, (d) => d.listed),
    ),
    rows: listedRows.map((d) => ({
      departmentId: d.departmentId,
      department: d.department,
      listed: d.listed,
      inspected: d.inspected,
      rate: d.coverage,
    })),
  };

  // A department with results owed past their deadline shows them against its rate, published or not.
  const publishedRows = departments.filter((d) => d.published + d.overdue > 0);
  const onTime = {
    published: sum(publishedRows, (d) => d.published),
    onTime: sum(publishedRows, (d) => d.onTime),
    overdue: sum(publishedRows, (d) => d.overdue),
    rate: share(
      sum(publishedRows, (d) => d.onTime),
      sum(publishedRows, (d) => d.published + d.overdue),
    ),
    rows: publishedRows.map((d) => ({
      departmentId: d.departmentId,
      department: d.department,
      published: d.published,
      onTime: d.onTime,
      overdue: d.overdue,
      rate: d.onTimeRate,
    })),
  };

  // A department's view lists the joint tasks it took part in, and so the partners it worked with.
  const jointTasks = summary.joint.filter(
    (j) => scope.departmentId === 0 || j.departmentIds.includes(scope.departmentId),
  );
  const names = new Map(summary.departments.map((d) => [d.departmentId, d.department]));
  const involved = [...new Set(jointTasks.flatMap((j) => j.departmentIds))];
  const jointRows = involved
    .map((id) => ({
      departmentId: id,
      department: names.get(id) ?? `部门 ${id}`,
      led: jointTasks.filter((j) => j.leadDepartmentId === id).length,
      joined: jointTasks.filter((j) => j.leadDepartmentId !== id && j.departmentIds.includes(id)).length,
    }))
    .sort((a, b) => b.led + b.joined - (a.led + a.joined) || a.departmentId - b.departmentId);
  const joint = {
    tasks: jointTasks.length,
    departments: involved.length,
    rows: jointRows,
    list: jointTasks.map((j) => ({
      name: j.name,
      lead: j.lead,
      departments: j.departments,
      period: j.period,
      special: j.special,
      drawn: j.drawn,
    })),
  };
  return { coverage, onTime, joint };
}

/** The 统计分析 page for a year, for the county or one department; `today` is the day overdue is measured on. */
export function dashboardFigures(db: ReadableDb, year: number, today: string, departmentId?: number): DashboardFigures {
  const scope: Scope = { year, start: `${year}-01-01`, end: `${year}-12-31`, departmentId: departmentId ?? 0 };
  return {
    year,
    departmentId: departmentId ?? null,
    scopeName: departmentId === undefined ? '全县' : nameBook(db).department(departmentId),
    today,
    categories: categoryFigures(db, scope),
    overdue: overdueFigures(db, scope, today),
    risk: riskFigures(db, scope),
    ...summaryParts(db, scope, today),
  };
}
