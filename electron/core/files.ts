import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors';

/**
 * Files the doors hand to the core (an uploaded workbook) and files the core hands back (an error report) live
 * in the data directory under opaque ids, so no method ever takes a path from the network.
 */
export class FileArea {
  constructor(private readonly dataDir: string) {}

  private dir(kind: 'uploads' | 'downloads' | 'attachments'): string {
    const dir = path.join(this.dataDir, kind);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  /** Reserves a path for a new upload and returns its id; the door writes the bytes there. */
  newUpload(originalName: string): { id: string; path: string } {
    const ext = path
      .extname(originalName)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')
      .slice(0, 8);
    const id = `${randomBytes(12).toString('hex')}${ext}`;
    return { id, path: path.join(this.dir('uploads'), id) };
  }

  uploadPath(id: string): string {
    if (!/^[0-9a-f]{24}(\.[a-z0-9]{1,7})?$/.test(id))
      throw new AppError('INVALID_INPUT', '上传文件编号无效，请重新选择文件。');
    const file = path.join(this.dir('uploads'), id);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', '上传的文件已不存在，请重新选择文件。');
    return file;
  }

  newDownload(fileName: string): { id: string; path: string } {
    const ext = path
      .extname(fileName)
      .toLowerCase()
      .replace(/[^.a-z0-9]/g, '')
      .slice(0, 8);
    const id = `${randomBytes(12).toString('hex')}${ext}`;
    return { id, path: path.join(this.dir('downloads'), id) };
  }

  /**
   * Writes a new download with `write(path)`; a file half-written when `write` fails is removed, so a failed export
   * never leaves a broken file behind to be handed out. Returns the download's id and what `write` returned.
   */
  async writeDownload<T>(
    fileName: string,
    write: (path: string) => Promise<T> | T,
  ): Promise<{ id: string; result: T }> {
    const file = this.newDownload(fileName);
    try {
      return { id: file.id, result: await write(file.path) };
    } catch (error) {
      fs.rmSync(file.path, { force: true });
      throw error;
    }
  }

  /** Uploads and downloads are transient: anything older than a day is removed when the core opens. */
  sweep(now: Date, maxAgeMs = 24 * 3600_000): void {
    for (const kind of ['uploads', 'downloads'] as const) {
      const dir = this.dir(kind);
      for (const name of fs.readdirSync(dir)) {
        const file = path.join(dir, name);
        if (now.getTime() - fs.statSync(file).mtimeMs > maxAgeMs) fs.rmSync(file, { force: true });
      }
    }
  }

  downloadPath(id: string): string | null {
    if (!/^[0-9a-f]{24}(\.[a-z0-9]{1,7})?$/.test(id)) return null;
    const file = path.join(this.dir('downloads'), id);
    return fs.existsSync(file) ? file : null;
  }

  /**
   * Keeps an uploaded file for good (a result's attachment): copied under a new opaque name into the data
   * directory's attachments folder, which is never swept. Refuses a file above `maxBytes`.
   */
  keepUpload(uploadId: string, maxBytes: number): { storedName: string; size: number } {
    const from = this.uploadPath(uploadId);
    const size = fs.statSync(from).size;
    if (size > maxBytes)
      throw new AppError(
        'INVALID_INPUT',
        `附件不能超过 ${Math.round(maxBytes / 1024 / 1024)} MB（该文件 ${(size / 1024 / 1024).toFixed(1)} MB），请压缩或拆分后再上传。`,
      );
    const storedName = `${randomBytes(12).toString('hex')}${path.extname(uploadId)}`;
    fs.copyFileSync(from, path.join(this.dir('attachments'), storedName));
    return { storedName, size };
  }

  /** A kept attachment handed back as a download (a copy, so the kept file is never touched by a sweep). */
  attachmentDownload(storedName: string, fileName: string): { id: string } {
    if (!/^[0-9a-f]{24}(\.[a-z0-9]{1,7})?$/.test(storedName)) throw new AppError('NOT_FOUND', '附件不存在。');
    const from = path.join(this.dir('attachments'), storedName);
    if (!fs.existsSync(from)) throw new AppError('NOT_FOUND', '附件文件已不在数据目录中，请联系管理员从备份恢复。');
    const download = this.newDownload(fileName);
    fs.copyFileSync(from, download.path);
    return { id: download.id };
  }

  /** The office's own copy of a shipped template (`<data>/templates/<name>`), when it has one. */
  officeTemplate(name: string): string | null {
    const file = path.join(this.dataDir, 'templates', path.basename(name));
    return fs.existsSync(file) ? file : null;
  }
}
