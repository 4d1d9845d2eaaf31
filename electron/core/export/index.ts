// The export area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/export/ is internal to it (lint: area-boundaries).
export { neutralizeFormula, toCsv } from './safe-text';
