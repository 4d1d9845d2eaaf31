import type { Core } from '../../core/app';
import { DRAW_STATUS_LABELS } from '../../core/draws/status.shared';
import type { ParsedArgs } from '../args';
import { callOrExit, CliExit } from '../context';
import { saveDownload } from '../files';

/** `draw list`: one line per task with a draw, the task's id first. */
export async function drawList(core: Core): Promise<void> {
  const tasks = await callOrExit(core, 'tasks.list', {});
  for (const t of tasks.filter((t) => t.attempts > 0).sort((a, b) => a.id - b.id)) {
    console.log(
      `${t.id}\t${t.name}\t第 ${t.attempts} 次\t${DRAW_STATUS_LABELS[t.drawStatus]}\t抽中 ${t.drawnCount} 户${t.matched ? '\t已匹配人员' : ''}`,
    );
  }
}

/**
 * `draw export TASK --out FILE [--public]`: the task's draw (and match) record as JSON, for `draw verify` anywhere —
 * the full record (internal: it groups candidates by credit-risk class) or, with --public, the public form.
 */
export async function drawExport(core: Core, args: ParsedArgs): Promise<void> {
  const taskId = Number(args.positionals[2]);
  const out = args.values.out;
  if (!Number.isInteger(taskId) || taskId <= 0 || !out)
    throw new CliExit('用法：draw export 任务编号 --out 记录.json [--public]', 64);
  const isPublic = args.values.public === true;
  const result = await callOrExit(core, 'draws.export', { taskId, ...(isPublic ? { public: true } : {}) });
  saveDownload(core, result.download, out);
  console.log(
    `已导出任务 ${taskId} 的${isPublic ? '抽取记录公开版（不含信用风险分类）' : '抽取记录（内部）'}到 ${out}`,
  );
}
