import type { Actor } from '../context';
import { AppError } from '../errors';
import { isDepartmental } from '../auth/roles-scope.shared';
import { ROLE_LABELS } from '../roles';
import { mayUser, type UserTarget } from './may';

export { grantableRoles, type UserTarget } from './may';

/** Refuses unless the actor may create, change or hold an account with this role and department. */
export function assertMayManage(actor: Actor, target: UserTarget): void {
  const verdict = mayUser(actor, 'manage', target);
  if (verdict === 'role')
    throw new AppError('FORBIDDEN', `${ROLE_LABELS[actor.role]}不能管理角色为「${ROLE_LABELS[target.role]}」的账户。`);
  if (verdict === 'otherDepartment') throw new AppError('FORBIDDEN', '部门管理员只能管理本部门的账户。');
}

export function assertDepartmentFits(target: UserTarget): void {
  if (isDepartmental(target.role) && target.departmentId === null) {
    throw new AppError('INVALID_INPUT', `角色为「${ROLE_LABELS[target.role]}」的账户必须选择所属部门。`);
  }
}
