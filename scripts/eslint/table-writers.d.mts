/** Types of table-writers.mjs for the TypeScript tests that read its owner map (test/unit/table-readers.test.ts). */
export const OWNERS: Readonly<Record<string, Readonly<Record<string, string | null>>>>;
export const tableWriters: unknown;
