import { and, count, desc, eq, gte, lt, ne, type SQL } from 'drizzle-orm';
import { auditLog } from '../../../db/schema';
import { contract, isMethodName } from '../contract';
import type { Handlers } from '../define';
import { containsText } from '../sql';
import { verifyChain } from './chain';
import type { auditContract } from './contract';

/** Writes by the system itself (seeding) are not contract methods; they still need a readable name. */
const SYSTEM_SUMMARIES: Record<string, string> = { 'system.seed': '系统初始化数据' };

const summaryOf = (name: string): string =>
  isMethodName(name) ? contract[name].summary : (SYSTEM_SUMMARIES[name] ?? name);

/** Local calendar day → the UTC instant it starts, so a filter by date matches what the office sees. */
const dayStart = (isoDate: string): string => new Date(`${isoDate}T00:00:00`).toISOString();
const nextDayStart = (isoDate: string): string => {
  const d = new Date(`${isoDate}T00:00:00`);
  d.setDate(d.getDate() + 1);
  return d.toISOString();
};

export const auditHandlers: Handlers<typeof auditContract> = {
  'audit.list': (ctx, input) => {
    const where: SQL[] = [];
    if (input.method) where.push(eq(auditLog.method, input.method));
    if (input.actor) where.push(containsText(auditLog.actorName, input.actor));
    if (input.outcome) where.push(input.outcome === 'ok' ? eq(auditLog.outcome, 'ok') : ne(auditLog.outcome, 'ok'));
    if (input.from) where.push(gte(auditLog.at, dayStart(input.from)));
    if (input.to) where.push(lt(auditLog.at, nextDayStart(input.to)));
    const filter = and(...where);
    const total = ctx.db.select({ n: count() }).from(auditLog).where(filter).get()?.n ?? 0;
    const rows = ctx.db
      .select()
      .from(auditLog)
      .where(filter)
      .orderBy(desc(auditLog.id))
      .limit(input.pageSize)
      .offset((input.page - 1) * input.pageSize)
      .all()
      .map((row) => ({ ...row, summary: summaryOf(row.method) }));
    return { total, rows };
  },
  'audit.methods': () =>
    Object.entries(contract)
      .filter(([, spec]) => spec.write)
      .map(([name, spec]) => ({ method: name, summary: spec.summary })),
  'audit.verify': (ctx) => verifyChain(ctx.db),
};
