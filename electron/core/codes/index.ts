// The codes area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/codes/ is internal to it (lint: area-boundaries).
export { SECRET_KEY, secretOf } from './hmac';
export { codesOfTask, ensureCodes, officersOf } from './store';
