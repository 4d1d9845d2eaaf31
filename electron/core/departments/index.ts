// The departments area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/departments/ is internal to it (lint: area-boundaries).
export { activeDepartments, departmentNames } from './names';
export { seedDepartments } from './service';
