// The users area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/users/ is internal to it (lint: area-boundaries).
export { findUserByUsername, getUserRow, getUserView } from './queries';
export { insertUser } from './service';
export { recordLogin, setOwnPassword } from './account-writes';
