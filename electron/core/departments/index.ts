// The departments area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/departments/ is internal to it (lint: area-boundaries).
export {
  activeDepartments,
  activeMemberDepartmentIds,
  byDepartmentOrder,
  departmentById,
  departmentNames,
  departmentsById,
  type DepartmentRow,
} from './queries';
export { seedDepartments } from './seed';
