import type { Core } from '../../core/app';
import { callNamedOrExit, CliExit } from '../context';

/** `call METHOD [JSON]`: any contract method, for scripts; the contract validates the input as for any door. */
export async function callMethod(core: Core, method: string | undefined, json: string | undefined): Promise<void> {
  if (!method) throw new CliExit("用法：call 方法名 [JSON 输入]，如 call departments.list '{}'", 64);
  let input: unknown = {};
  if (json !== undefined) {
    try {
      input = JSON.parse(json);
    } catch {
      throw new CliExit('输入不是有效的 JSON。', 64);
    }
  }
  console.log(JSON.stringify(await callNamedOrExit(core, method, input), null, 2));
}
