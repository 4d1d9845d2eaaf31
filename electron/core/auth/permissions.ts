import { contract, type MethodName } from '../contract';
import type { Access, Role } from '../roles';

export function allows(access: Access, role: Role | null): boolean {
  if (access === 'public') return true;
  if (role === null) return false;
  return access === 'authenticated' || access.includes(role);
}

/** The methods a role may call; the renderer shows only the screens these allow. */
export function permissionsFor(role: Role): MethodName[] {
  return (Object.keys(contract) as MethodName[]).filter((name) => allows(contract[name].access, role));
}
