import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The layering rules under test; a parse error is always reported. */
const LAYER_RULES = new Set([
  'layers/area-boundaries',
  'layers/table-writers',
  '@typescript-eslint/no-restricted-imports',
  null,
]);

/**
 * What the layering rules say of a file's text, as `npm run lint` would lint it at that path. Only those rules:
 * the type-aware rules may see a text the type program has not loaded as untyped (it happened in CI, not here),
 * which says nothing about the layers.
 */
async function rulesFiring(file: string, text: string): Promise<string[]> {
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((m) => LAYER_RULES.has(m.ruleId))
    .map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

/** A real file of the project, clean as it is, then with one line added: what lint says about that line. */
async function firingOnAddedLine(file: string, line: string): Promise<string[]> {
  const original = fs.readFileSync(path.join(ROOT, file), 'utf8');
  expect(await rulesFiring(file, original)).toEqual([]);
  return rulesFiring(file, `${original}\n${line}\n`);
}

/** The layers of docs/architecture.md are lint rules; each refuses what it is there to refuse. */
describe('lint keeps the layers apart', { timeout: 240_000 }, () => {
  it('refuses an import of the HTTP door from the desktop door', async () => {
    expect(
      await firingOnAddedLine('electron/main/security.ts', "export { isLoopback } from '../server/security';"),
    ).toEqual([expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*do not import the HTTP door/)]);
  });

  it("refuses an import of another area's internal file, and lets its index through", async () => {
    const file = 'electron/core/cases/service.ts';
    expect(await firingOnAddedLine(file, "export { getPlan } from '../plans/store';")).toEqual([
      expect.stringMatching(/^layers\/area-boundaries: '\.\.\/plans\/store' is internal to the core's 'plans' area/),
    ]);
    expect(await firingOnAddedLine(file, "export { getPlan } from '../plans';")).toEqual([]);
  });

  it("refuses a door's import of an area's internal file", async () => {
    expect(await firingOnAddedLine('electron/cli/files.ts', "export { getPlan } from '../core/plans/store';")).toEqual([
      expect.stringMatching(/^layers\/area-boundaries: .*internal to the core's 'plans' area/),
    ]);
  });

  it('refuses a renderer value import from a Node file of the core, and allows the shared pure tier', async () => {
    const file = 'renderer/src/main.tsx';
    expect(await firingOnAddedLine(file, "export { ROLE_GROUPS } from '../../electron/core/roles';")).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*values only from the shared pure tier/),
    ]);
    expect(await firingOnAddedLine(file, "export { ROLE_LABELS } from '../../electron/core/roles.shared';")).toEqual(
      [],
    );
  });

  it("refuses a drizzle write to another area's table, and lets the owner write it", async () => {
    const write = (table: string) =>
      `import { ${table} as written } from '../../../db/schema'; ` +
      'export const write = (db: { insert: (t: unknown) => unknown }) => db.insert(written);';
    expect(await firingOnAddedLine('electron/core/cases/service.ts', write('results'))).toEqual([
      expect.stringMatching(
        /^layers\/table-writers: The 'cases' area writes table 'results', which the 'results' area/,
      ),
    ]);
    expect(await firingOnAddedLine('electron/core/cases/service.ts', write('cases'))).toEqual([]);
  });

  it("refuses raw SQL that updates another area's table, quoted or not, and lets the owner's SQL through", async () => {
    const file = 'electron/core/followups/service.ts';
    expect(
      await firingOnAddedLine(file, "export const sqlText = 'UPDATE results SET status = 1 WHERE id = ?';"),
    ).toEqual([expect.stringMatching(/^layers\/table-writers: The 'followups' area writes table 'results'/)]);
    expect(await firingOnAddedLine(file, 'export const sqlText = `DELETE FROM "tasks" WHERE id = ${1}`;')).toEqual([
      expect.stringMatching(/^layers\/table-writers: The 'followups' area writes table 'tasks'/),
    ]);
    expect(
      await firingOnAddedLine(file, "export const sqlText = 'UPDATE follow_ups SET notes = ? WHERE id = ?';"),
    ).toEqual([]);
  });

  it('refuses a shared file importing Node or a Node file of the core', async () => {
    const file = 'electron/core/roles.shared.ts';
    expect(await firingOnAddedLine(file, "export { readFileSync } from 'node:fs';")).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*no Node modules/),
    ]);
    expect(await firingOnAddedLine(file, "export { officeToday } from './office-time';")).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*only from other \*\.shared files/),
    ]);
  });
});
