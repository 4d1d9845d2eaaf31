import type { Role } from '../roles';

/**
 * Who may do what across departments — the named role groups the contract's access lists are made of, and the
 * department scoping every area's `may…` rule builds on. Shared tier: imports nothing from Node or the database, so
 * the renderer offers exactly what the core allows (PlansPage, CasesPage).
 */

/** The named groups of roles; `roles.ts` re-exports them, and every access list in the contract is one of these. */
export const ROLE_GROUPS = {
  /** 系统管理员 alone: office settings, signing keys, the audit chain's anchors. */
  systemAdmin: ['admin'],
  /** The lead office (系统管理员, 牵头部门管理员): works across every department. */
  leadOffice: ['admin', 'lead'],
  /** Who manage a department's records: the lead office and each 部门管理员 (plans, lists, directories, accounts). */
  managers: ['admin', 'lead', 'deptAdmin'],
  /** Who do the inspection work: the managers and the officers (results, follow-ups, cases). */
  staff: ['admin', 'lead', 'deptAdmin', 'inspector'],
  /** Who oversee: the lead office and the read-only leaders (the audit log). */
  overseers: ['admin', 'lead', 'viewer'],
  /** The roles whose work is one department's: their accounts must name it. */
  departmental: ['deptAdmin', 'inspector'],
} as const satisfies Record<string, readonly Role[]>;

/** Whether a role belongs to one of the groups. */
export const inGroup = (group: readonly Role[], role: Role): boolean => group.includes(role);

/** The user as scoping sees them: a role and the department the account belongs to (null: the county). */
export interface ScopedUser {
  role: Role;
  departmentId: number | null;
}

/** The lead office spans the county: every department's records are theirs to manage. */
export const spansDepartments = (role: Role): boolean => inGroup(ROLE_GROUPS.leadOffice, role);

/** Whether a role's work is one department's (its account must name the department). */
export const isDepartmental = (role: Role): boolean => inGroup(ROLE_GROUPS.departmental, role);

/**
 * 本部门: whether the user may manage a record of this department — the lead office any, everyone else only their
 * own department's (a county record, `null`, only the lead office). What the role may call at all is the contract's.
 */
export const mayManageDepartment = (user: ScopedUser, departmentId: number | null): boolean =>
  spansDepartments(user.role) || (departmentId !== null && user.departmentId === departmentId);

/** Matches no department: where a 部门管理员's account lacks one (users/rules.ts never lets that happen). */
export const NO_DEPARTMENT = -1;

/**
 * The one department a 部门管理员's lists and work are confined to (their 待办, the accounts they see, the plan they
 * create, the set-up steps, a whole task's publication); null for every other role: the lead office and the
 * viewers see the county, officers are confined by their teams instead.
 */
export const confinedDepartment = (user: ScopedUser): number | null =>
  user.role === 'deptAdmin' ? (user.departmentId ?? NO_DEPARTMENT) : null;
