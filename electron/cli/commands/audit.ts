import type { Core } from '../../core/app';
import type { ChainReport } from '../../core/audit/chain';
import type { AuditEntryView } from '../../core/audit/contract';
import { callOrExit, CliExit } from '../context';
import type { ParsedArgs } from '../args';

export async function auditVerify(core: Core): Promise<void> {
  const report = await callOrExit<ChainReport>(core, 'audit.verify', {});
  if (!report.ok) {
    throw new CliExit(
      `审计日志校验失败：第 ${report.brokenId} 条记录有问题 — ${report.reason}（此前 ${report.count} 条完好）。`,
      1,
    );
  }
  console.log(`OK 审计日志完整：共 ${report.count} 条，末条哈希 ${report.headHash}`);
}

export async function auditList(core: Core, args: ParsedArgs): Promise<void> {
  const pageSize = Number(args.values.limit ?? 20);
  const { rows } = await callOrExit<{ rows: AuditEntryView[] }>(core, 'audit.list', { pageSize });
  for (const r of rows.reverse()) {
    console.log(
      [r.id, r.at, r.actorName, r.door, r.summary, r.entityType ?? '-', r.entityId ?? '-', r.outcome].join('\t'),
    );
  }
}
