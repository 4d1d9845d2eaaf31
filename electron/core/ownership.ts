import { eq } from 'drizzle-orm';
import type { ReadableDb } from '../../db/client';
import { departments } from '../../db/schema';
import { requireActor, type Actor, type HandlerContext } from './context';
import { AppError } from './errors';
import { mayManageDepartment } from './auth/roles-scope.shared';
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

export function departmentName(db: ReadableDb, departmentId: number | null): string {
  if (departmentId === null) return '县级（牵头部门）';
  const row = db.select({ name: departments.name }).from(departments).where(eq(departments.id, departmentId)).get();
  return row?.name ?? `编号为 ${departmentId} 的部门`;
}

/** The refusal of a record of another department, naming it and what the role may do instead. */
export function otherDepartmentRefusal(
  db: ReadableDb,
  actor: Actor,
  departmentId: number | null,
  owned: Owned,
): string {
  const { noun, belongs = (d: string) => `属于「${d}」`, may = `管理本部门的${noun}` } = owned;
  return `该${noun}${belongs(departmentName(db, departmentId))}，${ROLE_LABELS[actor.role]}只能${may}。`;
}

/**
 * 本部门: every role but the lead office manages only its own department's records (README's role table; the rule
 * itself is mayManageDepartment). Answers the refusal, naming the record's department, or null when allowed.
 */
export function departmentRefusal(
  db: ReadableDb,
  actor: Actor,
  departmentId: number | null,
  owned: Owned,
): string | null {
  return mayManageDepartment(actor, departmentId) ? null : otherDepartmentRefusal(db, actor, departmentId, owned);
}

/** Refuses (FORBIDDEN, nothing written) unless the caller may manage a record of this department. */
export function assertOwnDepartment(ctx: HandlerContext, departmentId: number | null, owned: Owned): void {
  const refusal = departmentRefusal(ctx.db, requireActor(ctx), departmentId, owned);
  if (refusal) throw new AppError('FORBIDDEN', refusal);
}
