import type { Core } from '../core/app';
import { callOrExit, CliExit } from './context';

/** A department by the code offices type (--dept SJJ); an unknown code lists the codes there are (exit 1). */
export async function departmentIdOf(core: Core, code: string): Promise<number> {
  const departments = await callOrExit(core, 'departments.list', {});
  const found = departments.find((d) => d.code === code);
  if (!found)
    throw new CliExit(
      `没有代码为“${code}”的部门。可用的部门代码：${departments.map((d) => `${d.code}（${d.shortName}）`).join('、')}`,
      1,
    );
  return found.id;
}

/** A positive whole number option (--task 12); anything else is a usage error (exit 64). */
export function idOption(value: string | undefined, what: string, usage: string): number {
  if (value === undefined) throw new CliExit(usage, 64);
  const id = Number(value);
  if (!Number.isInteger(id) || id <= 0) throw new CliExit(`${what}应为正整数，收到“${value}”。\n${usage}`, 64);
  return id;
}
