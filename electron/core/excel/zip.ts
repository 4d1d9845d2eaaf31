import fs from 'node:fs';
import { pipeline, Readable, Transform } from 'node:stream';
import zlib from 'node:zlib';
import { MAX_ENTRIES, MAX_ENTRY_BYTES, MAX_FILE_BYTES, MAX_HELD_BYTES, MAX_RATIO, RATIO_GRACE_BYTES } from './limits';

/** One file inside a zip archive, as its central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/** An archive that is not a well-formed zip (or one this reader does not take, such as zip64). */
export class ZipFormatError extends Error {}

/** An entry, or the archive, that inflates past a bound of limits.ts: a zip bomb, or a file far beyond any import. */
export class ZipLimitError extends ZipFormatError {}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** What a 16- or 32-bit field holds when the real value is in a zip64 record. */
const ZIP64_16 = 0xffff;
const ZIP64_32 = 0xffffffff;

/** Bigger than the streams' defaults (64 KiB, 16 KiB): a 60 MB sheet then takes a few hundred hops, not thousands. */
const CHUNK = 1 << 20;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads a zip's central directory so any entry can be streamed without unpacking the rest: an xlsx file's shared
 * strings can be read before its sheet, whatever their order in the archive. Every field is checked against the
 * file before it is used, and every entry is inflated under the bounds of limits.ts.
 */
export class ZipReader {
  /** Inflated so far from this archive, all entries together. */
  private inflated = 0;

  private constructor(
    private readonly path: string,
    private readonly fd: number,
    readonly entries: Map<string, ZipEntry>,
    /** Where the central directory starts: every entry's data lies before it. */
    private readonly dataEnd: number,
  ) {}

  static open(path: string): ZipReader {
    const fd = fs.openSync(path, 'r');
    try {
      const { entries, dirOffset } = readCentralDirectory(fd);
      return new ZipReader(path, fd, entries, dirOffset);
    } catch (error) {
      fs.closeSync(fd);
      throw error;
    }
  }

  /**
   * The entry's bytes, inflated, as a stream. Inflated bytes are counted as they leave zlib; the stream fails with
   * a ZipLimitError (and zlib is stopped) the moment the entry, the archive or the compression ratio crosses a bound.
   */
  stream(name: string, limit = MAX_ENTRY_BYTES): Readable {
    const entry = this.entries.get(name);
    if (!entry) throw new ZipFormatError(`missing entry ${name}`);
    const header = Buffer.alloc(30);
    if (fs.readSync(this.fd, header, 0, 30, entry.localHeaderOffset) !== 30)
      throw new ZipFormatError('short local header');
    if (header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipFormatError('bad local header');
    const start = entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    if (start + entry.compressedSize > this.dataEnd) throw new ZipFormatError('entry runs past its archive');
    if (entry.method !== 0 && entry.method !== 8) throw new ZipFormatError(`unsupported compression ${entry.method}`);
    if (entry.compressedSize === 0) return emptyStream();
    // A descriptor of its own: a stream ended early, or failed, is destroyed whole, and destroying a read stream
    // closes its descriptor even with autoClose off (it must never close the one the directory was read with).
    const raw = fs.createReadStream(this.path, { start, end: start + entry.compressedSize - 1, highWaterMark: CHUNK });
    let fed = 0;
    raw.on('data', (chunk) => (fed += chunk.length));
    let out = 0;
    // O(1) per chunk: two additions and three comparisons on chunks of up to a megabyte.
    const meter = new Transform({
      transform: (chunk: Buffer, _encoding, done) => {
        out += chunk.length;
        this.inflated += chunk.length;
        if (out > limit || this.inflated > MAX_FILE_BYTES || (out > RATIO_GRACE_BYTES && out > fed * MAX_RATIO))
          done(new ZipLimitError(`${name} inflates past its bound`));
        else done(null, chunk);
      },
    });
    const stages = entry.method === 0 ? [raw] : [raw, zlib.createInflateRaw({ chunkSize: CHUNK })];
    // An error in any stage (a bound crossed, corrupt data) destroys them all; the consumer sees it on `meter`.
    return pipeline([...stages, meter], () => undefined) as Transform;
  }

  /** A whole entry as text; for entries held in memory, hence the tighter bound. */
  async text(name: string, limit = MAX_HELD_BYTES): Promise<string> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.stream(name, limit)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  }

  close(): void {
    fs.closeSync(this.fd);
  }
}

function emptyStream(): Readable {
  return Readable.from([]);
}

/** The central directory, each field checked against the file: a lying directory is refused, never trusted. */
function readCentralDirectory(fd: number): { entries: Map<string, ZipEntry>; dirOffset: number } {
  const size = fs.fstatSync(fd).size;
  if (size < 22) throw new ZipFormatError('too short for a zip');
  const tailLength = Math.min(size, 65_557);
  const tailStart = size - tailLength;
  const tail = Buffer.alloc(tailLength);
  fs.readSync(fd, tail, 0, tailLength, tailStart);
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
  if (count === ZIP64_16 || dirSize === ZIP64_32 || dirOffset === ZIP64_32) throw new ZipLimitError('zip64 archive');
  if (eocd >= 20 && tail.readUInt32LE(eocd - 20) === ZIP64_LOCATOR_SIGNATURE) throw new ZipLimitError('zip64 archive');
  if (tail.readUInt16LE(eocd + 4) !== 0 || tail.readUInt16LE(eocd + 6) !== 0 || tail.readUInt16LE(eocd + 8) !== count)
    throw new ZipFormatError('multi-disk archive');
  if (count > MAX_ENTRIES) throw new ZipLimitError('too many entries');
  if (dirOffset + dirSize > tailStart + eocd || count * 46 > dirSize)
    throw new ZipFormatError('central directory outside the file');
  const dir = Buffer.alloc(dirSize);
  if (fs.readSync(fd, dir, 0, dirSize, dirOffset) !== dirSize) throw new ZipFormatError('short central directory');
  const entries = new Map<string, ZipEntry>();
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > dirSize || dir.readUInt32LE(p) !== CENTRAL_SIGNATURE)
      throw new ZipFormatError('bad central directory');
    const nameLength = dir.readUInt16LE(p + 28);
    const next = p + 46 + nameLength + dir.readUInt16LE(p + 30) + dir.readUInt16LE(p + 32);
    if (next > dirSize) throw new ZipFormatError('central directory entry runs past the directory');
    const name = entryName(dir.subarray(p + 46, p + 46 + nameLength));
    const compressedSize = dir.readUInt32LE(p + 20);
    const size = dir.readUInt32LE(p + 24);
    const localHeaderOffset = dir.readUInt32LE(p + 42);
    if (compressedSize === ZIP64_32 || size === ZIP64_32 || localHeaderOffset === ZIP64_32)
      throw new ZipLimitError('zip64 entry');
    // Declared sizes can lie (the inflated bytes are counted as they come), but one claiming too much is refused now.
    if (size > MAX_ENTRY_BYTES) throw new ZipLimitError('entry claims too much');
    if (localHeaderOffset + 30 + compressedSize > dirOffset) throw new ZipFormatError('entry outside the file');
    if (entries.has(name)) throw new ZipFormatError('duplicate entry');
    entries.set(name, { name, method: dir.readUInt16LE(p + 10), compressedSize, localHeaderOffset });
    p = next;
  }
  return { entries, dirOffset };
}

/**
 * An entry's name: non-empty, with no NUL (a forged directory). Excel writes UTF-8; an older tool's code-page name
 * (a picture's, say) is kept byte for byte, since no part this reader looks up is named that way.
 */
function entryName(bytes: Buffer): string {
  let name: string;
  try {
    name = utf8.decode(bytes);
  } catch {
    name = bytes.toString('latin1');
  }
  if (name.length === 0 || name.includes('\0')) throw new ZipFormatError('bad entry name');
  return name;
}
