import { mayManageDepartment, spansDepartments, type ScopedUser } from '../auth/roles-scope.shared';

/**
 * 谁检查、谁录入、谁公开: who may act on a result. `enter` (enter, correct, attach a file): the lead office any; a
 * 部门管理员 those of their department's items; an officer those of the subjects whose team they are on now (their
 * account linked to their officer record); a viewer none. `publish` (review, withhold, publish): the lead office any,
 * a 部门管理员 their department's. Which roles may call each method at all is the contract's (ROLE_GROUPS).
 */
export type ResultAction = 'enter' | 'publish';

export interface ResultTarget {
  /** The department of the result's item: whose result it is. */
  departmentId: number;
  /** Whether the caller's account is linked to an officer record (an officer's team is found through it). */
  officerLinked?: boolean;
  /** Whether the caller is on the subject's team now; asked only of officers (it reads the teams). */
  onTeam?: () => boolean;
}

/** Why not, when not: each answer has its own message (access.ts). */
export type ResultVerdict = 'allowed' | 'otherDepartment' | 'unlinked' | 'notOnTeam' | 'readOnly';

export function mayResult(user: ScopedUser, action: ResultAction, target: ResultTarget): ResultVerdict {
  if (spansDepartments(user.role)) return 'allowed';
  if (action === 'publish' || user.role === 'deptAdmin')
    return mayManageDepartment(user, target.departmentId) ? 'allowed' : 'otherDepartment';
  if (user.role === 'inspector') {
    if (!target.officerLinked) return 'unlinked';
    return target.onTeam?.() ? 'allowed' : 'notOnTeam';
  }
  return 'readOnly';
}
