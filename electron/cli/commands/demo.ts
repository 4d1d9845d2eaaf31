import type { Core } from '../../core/app';
import { fillDemo } from '../../core/demo';
import { AppError } from '../../core/errors';
import { CliExit } from '../context';
import type { ParsedArgs } from '../args';

/** `demo [--subjects N] [--seed S]`: a realistic county in an empty data directory. */
export async function demo(core: Core, args: ParsedArgs): Promise<void> {
  const subjects = Number(args.values.subjects ?? 2000);
  const seed = Number(args.values.seed ?? 1);
  if (!Number.isInteger(subjects) || subjects < 0 || subjects > 5_000_000)
    throw new CliExit('--subjects 应为 0 到 5000000 之间的整数。', 64);
  if (!Number.isInteger(seed)) throw new CliExit('--seed 应为整数。', 64);
  const started = Date.now();
  try {
    const report = await fillDemo(core, { subjects, seed });
    console.log(
      `已生成演示数据：检查对象 ${report.subjects} 个，抽查事项 ${report.items} 项，执法人员 ${report.inspectors} 名，专家 ${report.experts} 名，年度计划任务 ${report.plannedTasks} 项（其中 ${report.drawnTasks} 项已抽取、锁定并匹配人员），检查结果 ${report.results.entered} 条（已公示 ${report.results.published} 条，超期未公示 ${report.results.overdue} 户、即将到期 ${report.results.dueSoon} 户，后续处置 ${report.results.followUps} 项），用时 ${((Date.now() - started) / 1000).toFixed(1)} 秒。`,
    );
    if (report.adminCreated) {
      console.log(
        `已创建演示管理员：用户名 ${report.adminCreated.username}，初始密码 ${report.adminCreated.password}（首次登录须修改）。`,
      );
    }
  } catch (error) {
    if (error instanceof AppError) throw new CliExit(`错误：${error.message}`, 1);
    throw error;
  }
}
