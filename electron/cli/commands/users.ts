import type { Core } from '../../core/app';
import { ROLE_LABELS, ROLES, type Role } from '../../core/roles';
import { callOrExit, CliExit } from '../context';
import { readStdin, type ParsedArgs } from '../args';

async function passwordFrom(args: ParsedArgs): Promise<string> {
  if (typeof args.values.password === 'string') return args.values.password;
  if (args.values['password-stdin'] === true) return (await readStdin()).replace(/\r?\n$/, '');
  throw new CliExit('请用 --password 密码 或 --password-stdin（从标准输入读取）给出密码。', 64);
}

export async function usersAdd(core: Core, args: ParsedArgs): Promise<void> {
  const username = args.values.username;
  if (typeof username !== 'string') throw new CliExit('请用 --username 给出用户名。', 64);
  const role = (args.values.admin === true ? 'admin' : (args.values.role ?? 'viewer')) as Role;
  if (!ROLES.includes(role)) throw new CliExit(`角色应为 ${ROLES.join(' / ')} 之一。`, 64);
  const user = await callOrExit(core, 'users.create', {
    username,
    displayName: typeof args.values.name === 'string' ? args.values.name : username,
    role,
    departmentId: args.values.dept === undefined ? null : Number(args.values.dept),
    password: await passwordFrom(args),
  });
  console.log(`已创建用户 ${user.username}（${ROLE_LABELS[user.role]}），首次登录时需修改密码。`);
}

export async function usersList(core: Core): Promise<void> {
  const users = await callOrExit(core, 'users.list', {});
  for (const u of users) {
    const state = u.active ? '启用' : '停用';
    console.log([u.id, u.username, u.displayName, ROLE_LABELS[u.role], u.departmentName ?? '-', state].join('\t'));
  }
}
