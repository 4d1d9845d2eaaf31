import { mayManageDepartment, type ScopedUser } from '../auth/roles-scope.shared';

/**
 * A 部门管理员 creates and edits their own department's plan only; the county plan (no department) and every
 * department's are the lead office's. Which roles may plan at all is the contract's (ROLE_GROUPS.managers).
 */
export type PlanAction = 'create' | 'edit';

export const mayPlan = (user: ScopedUser, _action: PlanAction, plan: { departmentId: number | null }): boolean =>
  mayManageDepartment(user, plan.departmentId);
