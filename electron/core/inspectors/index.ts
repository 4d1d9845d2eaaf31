/** The inspectors area's public surface: what other areas (and, for *.shared files, the renderer) may use. */
export * from './certificate.shared';
export { INSPECTOR_TEMPLATE } from './template';
export { insertExpert, insertInspector, insertRecusal, type InspectorStamp } from './writes';
export {
  allInspectors,
  countActiveInspectors,
  expertsByIds,
  findInspector,
  inspectorsByIds,
  type ExpertRow,
  type InspectorRow,
} from './queries';
export * from './recusal.shared';
