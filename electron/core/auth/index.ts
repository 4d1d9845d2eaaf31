// The auth area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/auth/ is internal to it (lint: area-boundaries).
export { hashNewPassword, hashPassword } from './password';
export { allows } from './permissions';
export { createSession, endSession, endSessionsOf, resolveSession, type SessionActor } from './sessions';
export { LoginThrottle } from './throttle';
