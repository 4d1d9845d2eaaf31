import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileArea } from '../../electron/core/files';
import { makeTempDir } from '../support/core';

let dir: string;
let files: FileArea;
beforeEach(() => {
  dir = makeTempDir('ssj-files-');
  files = new FileArea(dir);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file area', () => {
  it('hands out opaque ids and refuses anything that looks like a path', () => {
    const upload = files.newUpload('../../名录.XLSX');
    expect(upload.id).toMatch(/^[0-9a-f]{24}\.xlsx$/);
    fs.writeFileSync(upload.path, 'x');
    expect(files.uploadPath(upload.id)).toBe(upload.path);
    for (const bad of ['../app.db', '/etc/passwd', 'abc', `${upload.id}/..`]) {
      expect(() => files.uploadPath(bad)).toThrow('上传文件编号无效');
    }
    expect(files.downloadPath('../../app.db')).toBeNull();
  });

  it('writes a download, and removes what a failed writer left half-written', async () => {
    const written = await files.writeDownload('a.pdf', (path) => {
      fs.writeFileSync(path, '%PDF');
      return 4;
    });
    expect(written.result).toBe(4);
    expect(fs.readFileSync(files.downloadPath(written.id)!, 'utf8')).toBe('%PDF');
    let leftAt = '';
    await expect(
      files.writeDownload('b.xlsx', (path) => {
        leftAt = path;
        fs.writeFileSync(path, 'half');
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(fs.existsSync(leftAt)).toBe(false);
  });

  it('sweeps files older than a day and keeps fresh ones', () => {
    const old = files.newDownload('a.xlsx');
    const fresh = files.newDownload('b.xlsx');
    fs.writeFileSync(old.path, 'old');
    fs.writeFileSync(fresh.path, 'fresh');
    const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600_000);
    fs.utimesSync(old.path, twoDaysAgo, twoDaysAgo);
    files.sweep(new Date());
    expect(files.downloadPath(old.id)).toBeNull();
    expect(files.downloadPath(fresh.id)).toBe(fresh.path);
  });
});
