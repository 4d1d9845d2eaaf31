// Run by test/unit/area-load-order.test.ts under tsx (the CLI's and the server's runtime): loads each public file of
// the core first, from a fresh module cache, and prints the ones that fail as JSON.
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const core = path.join(root, 'electron/core');
const isPublicFile = (f: string): boolean => /^(index|contract|service)\.ts$|-contract\.ts$|\.shared\.ts$/.test(f);
const entries = fs
  .readdirSync(core, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .flatMap((e) =>
    fs
      .readdirSync(path.join(core, e.name))
      .filter(isPublicFile)
      .map((f) => path.join(core, e.name, f)),
  )
  .concat(['contract.ts', 'dispatch.ts', 'handlers.ts', 'app.ts'].map((f) => path.join(core, f)));

const failures: { entry: string; error: string }[] = [];
for (const entry of entries) {
  for (const key of Object.keys(require.cache))
    if (key.startsWith(root) && !key.includes('node_modules')) delete require.cache[key];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a fresh CommonJS cache is the point of the check
    require(entry);
  } catch (error) {
    failures.push({ entry: path.relative(root, entry), error: String(error).slice(0, 300) });
  }
}
console.log(JSON.stringify({ loaded: entries.length, failures }));
