import type { Core } from '../app';
import type { Caller } from '../context';
import type { MethodName } from '../contract';

/** The demo writes its plan, draws and results through the contract, as the office would, under this name. */
const DEMO_CALLER: Caller = {
  door: 'cli',
  local: true,
  actor: { id: null, username: '演示数据', displayName: '演示数据', role: 'admin', departmentId: null },
};

/** Calls a method as the demo; a refusal stops the demo with the step that failed. */
export async function demoCall<T>(core: Core, method: MethodName, input: unknown): Promise<T> {
  const result = await core.call(DEMO_CALLER, method, input);
  if (!result.ok) throw new Error(`演示数据：${method} 失败：${result.error.message}`);
  return result.value as T;
}
