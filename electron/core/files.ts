import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from './errors';

/** Opaque file ids: 24 hex digits and the original name's extension, so no id can name a path. */
const ID = /^[0-9a-f]{24}(\.[a-z0-9]{1,7})?$/;

export const UPLOAD_MAX_AGE_MS = 3600_000;
const DOWNLOAD_MAX_AGE_MS = 24 * 3600_000;

function newId(originalName: string): string {
  const ext = path
    .extname(originalName)
    .toLowerCase()
    .replace(/[^.a-z0-9]/g, '')
    .slice(0, 8);
  return `${randomBytes(12).toString('hex')}${ext}`;
}

/**
 * Files the doors hand to the core (an uploaded workbook) and files the core hands back (an error report) live
 * in the data directory under opaque ids, so no method ever takes a path from the network.
 */
export class FileArea {
  /** Files on this machine the trusted CLI named, read in place under an upload id instead of being copied. */
  private readonly localFiles = new Map<string, string>();

  constructor(private readonly dataDir: string) {}

  private dir(kind: 'uploads' | 'upload-owners' | 'downloads' | 'attachments'): string {
    const dir = path.join(this.dataDir, kind);
    fs.mkdirSync(dir, { recursive: true });
    return dir;
  }

  /**
   * Reserves a path for a new upload and returns its id; the door writes the bytes there. With an owner (the
   * browser door's account), the upload counts against that account's quota until a method takes it.
   */
  newUpload(originalName: string, owner?: number): { id: string; path: string } {
    const id = newId(originalName);
    if (owner !== undefined) fs.writeFileSync(path.join(this.dir('upload-owners'), id), String(owner));
    return { id, path: path.join(this.dir('uploads'), id) };
  }

  /** Registers a file on this machine as an upload without copying it: for the CLI only, which is trusted. */
  adoptLocalFile(file: string): string {
    const id = newId(file);
    this.localFiles.set(id, path.resolve(file));
    return id;
  }

  /** Removes an upload (one the door could not finish, or an old one) with its owner record. */
  discardUpload(id: string): void {
    try {
      fs.rmSync(path.join(this.dir('uploads'), id), { force: true, recursive: true });
      fs.rmSync(path.join(this.dir('upload-owners'), id), { force: true, recursive: true });
    } catch {
      // Busy (Windows keeps an open file): the next sweep tries again.
    }
  }

  /** The path of an upload a method takes; taking it ends its count against the owner's quota. */
  uploadPath(id: string): string {
    if (!ID.test(id)) throw new AppError('INVALID_INPUT', '上传文件编号无效，请重新选择文件。');
    const local = this.localFiles.get(id);
    if (local !== undefined) return local;
    const file = path.join(this.dir('uploads'), id);
    if (!fs.existsSync(file)) throw new AppError('NOT_FOUND', '上传的文件已不存在，请重新选择文件。');
    fs.rmSync(path.join(this.dir('upload-owners'), id), { force: true });
    return file;
  }

  /** The uploads an account holds that no method has taken yet: how many, and their bytes so far. */
  uploadsHeldBy(owner: number): { count: number; bytes: number } {
    const held = { count: 0, bytes: 0 };
    const owners = this.dir('upload-owners');
    for (const id of fs.readdirSync(owners)) {
      const recorded = fs.readFileSync(path.join(owners, id), { encoding: 'utf8', flag: 'r' });
      if (recorded !== String(owner)) continue;
      held.count += 1;
      held.bytes += fs.statSync(path.join(this.dir('uploads'), id), { throwIfNoEntry: false })?.size ?? 0;
    }
    return held;
  }

  newDownload(fileName: string): { id: string; path: string } {
    const id = newId(fileName);
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

  /**
   * Uploads and downloads are transient: an upload is removed an hour after it arrived (whether a method took it or
   * not: a method reads its upload at once), a download a day after it was made. Runs when the core opens and then
   * every hour. A file another process still holds open is left for the next sweep.
   */
  sweep(now: Date, ages: { uploadMs?: number; downloadMs?: number } = {}): void {
    const uploadMs = ages.uploadMs ?? UPLOAD_MAX_AGE_MS;
    for (const id of this.oldFiles('uploads', now, uploadMs)) this.discardUpload(id);
    // An owner record outlives its upload only when the door stopped between the two writes.
    for (const id of this.oldFiles('upload-owners', now, uploadMs)) this.discardUpload(id);
    for (const id of this.oldFiles('downloads', now, ages.downloadMs ?? DOWNLOAD_MAX_AGE_MS)) {
      try {
        fs.rmSync(path.join(this.dir('downloads'), id), { force: true, recursive: true });
      } catch {
        // Busy (Windows keeps an open file): the next sweep tries again.
      }
    }
  }

  private oldFiles(kind: 'uploads' | 'upload-owners' | 'downloads', now: Date, maxAgeMs: number): string[] {
    const dir = this.dir(kind);
    return fs.readdirSync(dir).filter((name) => {
      const stat = fs.lstatSync(path.join(dir, name), { throwIfNoEntry: false });
      return stat !== undefined && now.getTime() - stat.mtimeMs > maxAgeMs;
    });
  }

  downloadPath(id: string): string | null {
    if (!ID.test(id)) return null;
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
    if (!ID.test(storedName)) throw new AppError('NOT_FOUND', '附件不存在。');
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
