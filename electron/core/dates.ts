/**
 * The date and time functions of the core. They live in the shared pure tier (dates.shared.ts), so that the screens
 * read days and times with the same code; this file keeps the core's import path.
 */
export * from './dates.shared';
