import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../core/app';
import { CliExit } from './context';

/**
 * Hands a local file to the core under an upload id, as the other doors do, but read in place: whoever runs the CLI
 * already holds the data folder, so nothing is gained by copying the workbook into it (and no copy is left behind).
 */
export function uploadFile(core: Core, file: string | undefined): string {
  if (!file) throw new CliExit('请给出要导入的文件路径。', 64);
  if (!fs.statSync(file, { throwIfNoEntry: false })?.isFile()) throw new CliExit(`找不到文件：${file}`, 1);
  return core.files.adoptLocalFile(file);
}

/** Copies a file the core produced to where the user asked for it. */
export function saveDownload(core: Core, download: string, target: string): void {
  const source = core.files.downloadPath(download);
  if (!source) throw new CliExit('生成的文件不存在。', 1);
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  fs.copyFileSync(source, target);
  fs.rmSync(source, { force: true });
}
