import type { Core } from '../../electron/core/app';
import type { MethodInput } from '../../electron/core/contract';
import { expectOk, withToken, type OkCall } from './core';
import { countyWithTask } from './draws';

/**
 * countyWithTask, drawn before a witness, locked and matched: 11 subjects, each with the general item of 市场监管 (1)
 * and the key item of 卫健 (17), every one with a two-department team. The period is 2026-04-01 to 2026-10-31.
 */
export async function lockedTask(core: Core, token: string) {
  const ok: OkCall = (method, input) => expectOk(core, withToken(token), method, input);
  const county = await countyWithTask(core, token);
  const open = await ok('draws.open', { taskId: county.taskId });
  await ok('draws.run', { drawId: open.id, witnesses: [{ name: '李监督', value: '20260415' }] });
  await ok('draws.lock', { drawId: open.id });
  await ok('draws.match', { taskId: county.taskId });
  const result = await ok('draws.result', { taskId: county.taskId });
  return { ...county, drawn: result.subjects };
}

/** An entry for the general item at a subject: 未发现问题, on site, on the given day. */
export const cleanEntry = (
  taskId: number,
  subjectId: number,
  itemId: number,
  resultDate: string,
): MethodInput<'results.enter'> & { description: string } => ({
  taskId,
  subjectId,
  itemId,
  categories: ['01'],
  resultDate,
  method: '实地核查',
  description: '经营正常',
});
