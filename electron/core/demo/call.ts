import type { Core } from '../app';
import { call, CallError } from '../call';
import type { Caller } from '../context';
import type { MethodInput, MethodName, MethodOutput } from '../contract';

/** The demo writes its plan, draws and results through the contract, as the office would, under this name. */
const DEMO_CALLER: Caller = {
  door: 'cli',
  local: true,
  actor: { id: null, username: '演示数据', displayName: '演示数据', role: 'admin', departmentId: null },
};

/** Calls a method as the demo; a refusal stops the demo with the step that failed. */
export function demoCall<M extends MethodName>(core: Core, method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  return call(core, DEMO_CALLER, method, input).catch((error: unknown) => {
    if (error instanceof CallError) throw new Error(`演示数据：${method} 失败：${error.message}`);
    throw error;
  });
}
