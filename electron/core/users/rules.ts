import type { Actor } from '../context';
import { AppError } from '../errors';
import { ROLE_LABELS, type Role } from '../roles';

/** Which roles each managing role may hand out; a 部门管理员 stays inside their own department. */
const GRANTABLE: Partial<Record<Role, readonly Role[]>> = {
  admin: ['admin', 'lead', 'deptAdmin', 'inspector', 'viewer'],
  lead: ['lead', 'deptAdmin', 'inspector', 'viewer'],
  deptAdmin: ['inspector', 'viewer'],
};

/** Roles whose work is a department's: their accounts must name it. */
const NEEDS_DEPARTMENT: readonly Role[] = ['deptAdmin', 'inspector'];

export interface UserTarget {
  role: Role;
  departmentId: number | null;
}

export const grantableRoles = (actor: Actor): readonly Role[] => GRANTABLE[actor.role] ?? [];

/** Refuses unless the actor may create, change or hold an account with this role and department. */
export function assertMayManage(actor: Actor, target: UserTarget): void {
  if (!grantableRoles(actor).includes(target.role)) {
    throw new AppError('FORBIDDEN', `${ROLE_LABELS[actor.role]}不能管理角色为「${ROLE_LABELS[target.role]}」的账户。`);
  }
  if (actor.role === 'deptAdmin' && target.departmentId !== actor.departmentId) {
    throw new AppError('FORBIDDEN', '部门管理员只能管理本部门的账户。');
  }
}

export function assertDepartmentFits(target: UserTarget): void {
  if (NEEDS_DEPARTMENT.includes(target.role) && target.departmentId === null) {
    throw new AppError('INVALID_INPUT', `角色为「${ROLE_LABELS[target.role]}」的账户必须选择所属部门。`);
  }
}
