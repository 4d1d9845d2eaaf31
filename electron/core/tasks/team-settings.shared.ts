/**
 * The bounds of a task's team settings (shared tier): the input schema refuses anything outside them and the task
 * forms' number fields stop at them.
 */
export const TEAM_SIZE = { min: 2, max: 6, default: 2 } as const;
export const EXPERTS_PER_TEAM = { min: 0, max: 3, default: 0 } as const;
export const BATCH_SIZE = { min: 1, max: 1000 } as const;
export const EXPERTISE_MAX_LENGTH = 20;
