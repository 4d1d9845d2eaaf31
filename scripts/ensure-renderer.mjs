// Builds the renderer bundle when it is missing or older than its sources, so `npm run serve` never shows a stale UI.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'out', 'renderer', 'index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestMtime(path.join(root, 'renderer')), newestMtime(path.join(root, 'electron', 'core')));
if (!fs.existsSync(built) || fs.statSync(built).mtimeMs < sources) {
  console.log('正在构建界面（首次或源码有更新）…');
  execSync('npx electron-vite build', { cwd: root, stdio: 'inherit' });
}
