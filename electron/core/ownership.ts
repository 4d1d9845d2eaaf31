import { eq } from 'drizzle-orm';
import type { ReadableDb } from '../../db/client';
import { departments } from '../../db/schema';
import { requireActor, type Actor, type HandlerContext } from './context';
import { AppError } from './errors';
import { ROLE_LABELS } from './roles';

/** What kind of record is being managed, as the refusal names it. */
export interface Owned {
  /** '执法人员', '抽查事项'… */
  noun: string;
  /** How the record belongs to its department, after '该{noun}': '属于「部门」' unless told otherwise. */
  belongs?: (department: string) => string;
  /** What the role may do instead, after '只能': '管理本部门的{noun}' unless told otherwise. */
  may?: string;
}

/** The lead office (系统管理员, 牵头部门管理员) manages every department's records. */
const spansDepartments = (actor: Actor): boolean => actor.role === 'admin' || actor.role === 'lead';

export function departmentName(db: ReadableDb, departmentId: number | null): string {
  if (departmentId === null) return '县级（牵头部门）';
  const row = db.select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId)).get();
  return row?.name ?? `编号为 ${departmentId} 的部门`;
}

/**
 * 本部门: every role but the lead office manages only its own department's records (README's role table). The one
 * home of that rule: answers the refusal, naming the record's department, or null when the actor may manage it.
 */
export function departmentRefusal(
  db: ReadableDb,
  actor: Actor,
  departmentId: number | null,
  owned: Owned,
): string | null {
  if (spansDepartments(actor)) return null;
  if (departmentId !== null && actor.departmentId === departmentId) return null;
  const { noun, belongs = (d: string) => `属于「${d}」`, may = `管理本部门的${noun}` } = owned;
  return `该${noun}${belongs(departmentName(db, departmentId))}，${ROLE_LABELS[actor.role]}只能${may}。`;
}

/** Refuses (FORBIDDEN, nothing written) unless the caller may manage a record of this department. */
export function assertOwnDepartment(ctx: HandlerContext, departmentId: number | null, owned: Owned): void {
  const refusal = departmentRefusal(ctx.db, requireActor(ctx), departmentId, owned);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}
