// The users area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/users/ is internal to it (lint: area-boundaries).
export {
  activeUserCounts,
  findUserById,
  findUserByUsername,
  getUserRow,
  getUserView,
  hasUsers,
  linkedInspectorId,
  officerAccountCounts,
} from './queries';
export { insertUser, recordLogin, setOwnPassword } from './account-writes';
