import { and, count, desc, eq, gte, lt, ne, type SQL } from 'drizzle-orm';
import { auditLog } from '../../../db/schema';
import { contract, isMethodName } from '../contract';
import type { Handlers } from '../handler-types';
import { toCsv } from '../export';
import { containsText } from '../sql';
import { AppError } from '../errors';
import { officeTime, officeToday, type OfficeTime } from '../office-time';
import { readOffice } from '../settings';
import { recordAnchor } from './anchors';
import { headHash } from './chain';
import { signAnchor } from './signing';
import { verifyAudit } from './verify';
import type { AuditFilter, auditContract } from './contract';

/** Writes by the system itself (seeding) are not contract methods; they still need a readable name. */
const SYSTEM_SUMMARIES: Record<string, string> = {
  'system.seed': '系统初始化数据',
  'system.demo': '生成演示数据',
  'system.repairTriggers': '重建审计日志防篡改触发器',
};

const summaryOf = (name: string): string =>
  isMethodName(name) ? contract[name].summary : (SYSTEM_SUMMARIES[name] ?? name);

/** Dates in the filter are the office's days: each becomes the instant it began on the office's clock. */
function whereOf(filter: AuditFilter, clock: OfficeTime): SQL | undefined {
  const where: SQL[] = [];
  if (filter.method) where.push(eq(auditLog.method, filter.method));
  if (filter.actor) where.push(containsText(auditLog.actorName, filter.actor));
  if (filter.outcome) where.push(filter.outcome === 'ok' ? eq(auditLog.outcome, 'ok') : ne(auditLog.outcome, 'ok'));
  if (filter.from) where.push(gte(auditLog.at, clock.dayStart(filter.from)));
  if (filter.to) where.push(lt(auditLog.at, clock.dayStart(filter.to, 1)));
  return and(...where);
}

/** Enough for any county's year; a larger export is refused rather than held in memory. */
const EXPORT_LIMIT = 200_000;

const EXPORT_HEADER = [
  '序号',
  '时间',
  '操作人',
  '入口',
  '操作',
  '方法',
  '对象类型',
  '对象编号',
  '输入摘要',
  '结果',
  '哈希',
];

export const auditHandlers: Handlers<typeof auditContract> = {
  'audit.list': (ctx, input) => {
    const filter = whereOf(input, officeTime(ctx));
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
  'audit.export': (ctx, input) => {
    const rows = ctx.db
      .select()
      .from(auditLog)
      .where(whereOf(input, officeTime(ctx)))
      .orderBy(auditLog.id)
      .limit(EXPORT_LIMIT)
      .all();
    const csv = toCsv(
      EXPORT_HEADER,
      rows.map((r) => [
        r.id,
        r.at,
        r.actorName,
        r.door,
        summaryOf(r.method),
        r.method,
        r.entityType,
        r.entityId,
        r.inputDigest,
        r.outcome,
        r.hash,
      ]),
    );
    const day = officeToday(ctx);
    // The exported hashes leave the PC: the last of them is kept as an anchor, like a head printed on a document.
    const last = rows[rows.length - 1];
    if (last) ctx.noteAnchor(last, `导出的审计日志（审计日志-${day}.csv）`);
    return { fileName: `审计日志-${day}.csv`, csv, count: rows.length };
  },
  'audit.methods': () =>
    Object.entries(contract)
      .filter(([, spec]) => spec.write)
      .map(([name, spec]) => ({ method: name, summary: spec.summary })),
  'audit.verify': (ctx, input) => {
    // Reading every business row takes seconds on a county's data: never on the request thread that answers everyone.
    if (input.deep && ctx.caller.door !== 'cli')
      throw new AppError(
        'FORBIDDEN',
        '逐行核对业务数据需要较长时间，请在运行本系统的电脑上用命令行执行：npm run cli -- audit verify --deep。',
      );
    return verifyAudit(ctx.db, input);
  },
  // Signs the head as it stands before this call's own entry, which follows it in the chain.
  'audit.anchor': (ctx) => {
    const head = headHash(ctx.db);
    if (!head) throw new AppError('CONFLICT', '审计日志为空，没有可签名的审计链头。');
    const office = readOffice(ctx.db).officeName || '（单位名称未设置）';
    const file = signAnchor(ctx.db, head, office, ctx.now);
    recordAnchor(ctx.db, head, '签名锚点文件', ctx.now);
    ctx.touches('audit', head.id);
    return file;
  },
};
