/** 检查方式 of a plan task (shared tier: the schema, the task schema and the renderer's task form read this list). */
export const INSPECTION_MODES = ['现场', '书面', '网络', '委托'] as const;
export type InspectionMode = (typeof INSPECTION_MODES)[number];
