import fs from 'node:fs';
import type { Readable } from 'node:stream';
import zlib from 'node:zlib';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** Bigger than the streams' defaults (64 KiB, 16 KiB): a 60 MB sheet then takes a few hundred hops, not thousands. */
const CHUNK = 1 << 20;

/**
 * Reads a zip's central directory so any entry can be streamed without unpacking the rest: an xlsx file's shared
 * strings can be read before its sheet, whatever their order in the archive.
 */
export class ZipReader {
  private constructor(
    private readonly fd: number,
    readonly entries: Map<string, ZipEntry>,
  ) {}

  static open(path: string): ZipReader {
    const fd = fs.openSync(path, 'r');
    try {
      return new ZipReader(fd, readCentralDirectory(fd));
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /** The entry's bytes, inflated, as a stream. */
  stream(name: string): Readable {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`missing entry ${name}`);
    const header = Buffer.alloc(30);
    fs.readSync(this.fd, header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipFormatError('bad local header');
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const raw = fs.createReadStream('', {
      fd: this.fd,
      start,
      end: start + entry.compressedSize - 1,
      autoClose: false,
      highWaterMark: CHUNK,
    });
    if (entry.method === 0) return raw;
    if (entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method}`);
    return raw.pipe(zlib.createInflateRaw({ chunkSize: CHUNK }));
  }

  async text(name: string): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.stream(name)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

function readCentralDirectory(fd: number): Map<string, ZipEntry> {
  const size = fs.fstatSync(fd).size;
  const tailLength = Math.min(size, 65_557);
  const tail = Buffer.alloc(tailLength);
  fs.readSync(fd, tail, 0, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = tail.readUInt16LE(eocd + 10);
  const dirSize = tail.readUInt32LE(eocd + 12);
  const dirOffset = tail.readUInt32LE(eocd + 16);
  const dir = Buffer.alloc(dirSize);
  fs.readSync(fd, dir, 0, dirSize, dirOffset);
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (dir.readUInt32LE(p) !== CENTRAL_SIGNATURE) throw new ZipFormatError('bad central directory');
    const nameLength = dir.readUInt16LE(p + 28);
    const name = dir.toString('utf8', p + 46, p + 46 + nameLength);
    entries.set(name, {
      name,
      method: dir.readUInt16LE(p + 10),
      compressedSize: dir.readUInt32LE(p + 20),
      localHeaderOffset: dir.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
  }
  return entries;
}
