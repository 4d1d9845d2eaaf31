import fs from 'node:fs';
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '../..');

/** The rules that fire on a file's text, as `npm run lint` would lint it at that path. */
async function rulesFiring(file: string, text: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(text, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'parse'}: ${m.message}`);
}

describe('lint keeps the doors apart', () => {
  it('refuses an import of the HTTP door from the desktop door', { timeout: 120_000 }, async () => {
    const file = 'electron/main/security.ts';
    const original = fs.readFileSync(path.join(ROOT, file), 'utf8');
    expect(await rulesFiring(file, original)).toEqual([]);
    const offending = `${original}\nexport { isLoopback } from '../server/security';\n`;
    expect(await rulesFiring(file, offending)).toEqual([
      expect.stringMatching(/^@typescript-eslint\/no-restricted-imports: .*do not import the HTTP door/),
    ]);
  });
});
