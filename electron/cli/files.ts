import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/app';
import { CliExit } from './context';

/** Hands a local file to the core the way the other doors do: as an upload in the data directory. */
export function uploadFile(core: Core, file: string | undefined): string {
  if (!file) throw new CliExit('请给出要导入的文件路径。', 64);
  if (!fs.existsSync(file)) throw new CliExit(`找不到文件：${file}`, 1);
  const upload = core.files.newUpload(path.basename(file));
  fs.copyFileSync(file, upload.path);
  return upload.id;
}

/** Copies a file the core produced to where the user asked for it. */
export function saveDownload(core: Core, download: string, target: string): void {
  const source = core.files.downloadPath(download);
  if (!source) throw new CliExit('生成的文件不存在。', 1);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  fs.copyFileSync(source, target);
  fs.rmSync(source, { force: true });
}
