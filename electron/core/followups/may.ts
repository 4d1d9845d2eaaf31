import { confinedDepartment, type ScopedUser } from '../auth/roles-scope.shared';
import { mayResult, type ResultTarget, type ResultVerdict } from '../results';

/**
 * Who may open or close a follow-up: whoever may enter the result it follows from (谁检查、谁录入), and a 部门管理员
 * also the follow-ups their own department is named responsible for (谁主管、谁监管).
 */
export function mayFollowUp(user: ScopedUser, target: { departmentId: number; result: ResultTarget }): ResultVerdict {
  if (confinedDepartment(user) === target.departmentId) return 'allowed';
  return mayResult(user, 'enter', target.result);
}
