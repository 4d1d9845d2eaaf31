import type { Role } from './roles.shared';

// The list and the labels live in the shared tier, so the renderer reads the same words.
export { ROLE_LABELS, ROLES, type Role } from './roles.shared';

/** Who may call a method: named roles, any logged-in user, or anyone (login itself). */
export type Access = readonly Role[] | 'authenticated' | 'public';

/** Every logged-in user, whatever the role. */
export const EVERYONE: Access = 'authenticated';

export { ROLE_GROUPS } from './auth/roles-scope.shared';
