import { inGroup, ROLE_GROUPS, type ScopedUser } from '../auth/roles-scope.shared';

/**
 * The 工作台's set-up checklist is the managers' (they set the office up): the lead office sees the county's steps,
 * a 部门管理员 their department's (confinedDepartment); officers and viewers set nothing up and see none.
 */
export const mayHome = (user: ScopedUser, _action: 'setUp'): boolean => inGroup(ROLE_GROUPS.managers, user.role);
