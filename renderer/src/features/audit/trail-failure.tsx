import type { MethodOutput } from '../../../../electron/core/contract';

type Failed = Extract<MethodOutput<'audit.verify'>, { ok: false }>;

/** At most this many problems are listed on screen; `audit verify` on the command line names them all. */
const SHOWN = 10;

/** The headline of a failed check: the broken entry when the chain itself broke, else how many problems there are. */
export function trailFailureTitle(report: Failed): string {
  const chain = report.problems.find((p) => p.chain);
  if (chain?.entryId) return `审计日志校验失败：第 ${chain.entryId} 条`;
  return `审计日志校验发现 ${report.problems.length} 处问题`;
}

/** Every problem the check found (not only the first), each on its own line. */
export function TrailProblems({ report }: { report: Failed }) {
  const more = report.problems.length - SHOWN;
  return (
    <ul style={{ margin: 0, paddingLeft: 20 }} data-testid="audit-problems">
      {report.problems.slice(0, SHOWN).map((p, i) => (
        <li key={i}>{p.reason}</li>
      ))}
      {more > 0 && <li>另有 {more} 处，请在命令行运行 audit verify 查看全部。</li>}
    </ul>
  );
}
