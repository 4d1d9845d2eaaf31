import fs from 'node:fs';
import zlib from 'node:zlib';

/**
 * Workbooks made to hurt a reader, built byte by byte: zip bombs, lying central directories, cells past Excel's
 * grid. Nothing is committed; each test makes its file in a temp dir, and a gigabyte of inflated XML costs only
 * kilobytes to make (see repeatDeflate).
 */

/** An entry's bytes as they go into the archive, with the size the central directory will claim for them. */
export interface Packed {
  data: Buffer;
  size: number;
  method: 0 | 8;
}

const FULL_FLUSH = { finishFlush: zlib.constants.Z_FULL_FLUSH };

/** A whole text, deflated. */
export function packed(text: string | Buffer): Packed {
  const raw = Buffer.isBuffer(text) ? text : Buffer.from(text, 'utf8');
  return { data: zlib.deflateRawSync(raw), size: raw.length, method: 8 };
}

/**
 * Raw deflate data that inflates to `head`, then `unit` `times` over, then `tail`. Each piece is compressed once and
 * ends on a full flush (byte-aligned, no back-references into the piece before), so copies of the unit's blocks
 * simply follow each other: the ratio of the whole is the unit's own.
 */
export function repeatDeflate(head: string, unit: string, times: number, tail: string): Packed {
  const unitData = zlib.deflateRawSync(Buffer.from(unit, 'utf8'), FULL_FLUSH);
  const parts = [zlib.deflateRawSync(Buffer.from(head, 'utf8'), FULL_FLUSH)];
  for (let i = 0; i < times; i++) parts.push(unitData);
  parts.push(zlib.deflateRawSync(Buffer.from(tail, 'utf8')));
  const size = Buffer.byteLength(head) + Buffer.byteLength(unit) * times + Buffer.byteLength(tail);
  return { data: Buffer.concat(parts), size: Math.min(size, 0xfffffffe), method: 8 };
}

/** A zip of the given entries, written as a plain zip writer would (CRCs left zero: the reader does not check them). */
export function zipBytes(entries: Record<string, Packed>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, entry] of Object.entries(entries)) {
    const nameBuf = Buffer.from(name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(entry.method, 8);
    local.writeUInt32LE(entry.data.length, 18);
    local.writeUInt32LE(entry.size, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(entry.method, 10);
    central.writeUInt32LE(entry.data.length, 20);
    central.writeUInt32LE(entry.size, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, entry.data);
    centrals.push(central, nameBuf);
    offset += 30 + nameBuf.length + entry.data.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(entries).length, 8);
  end.writeUInt16LE(Object.keys(entries).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A one-sheet workbook whose sheet (and shared strings, if given) are the packed parts as they are. */
export function writeHostileXlsx(path: string, parts: { sheet: Packed; sharedStrings?: Packed }): void {
  const entries: Record<string, Packed> = {
    'xl/workbook.xml': packed(WORKBOOK),
    'xl/_rels/workbook.xml.rels': packed(RELS),
    'xl/worksheets/sheet1.xml': parts.sheet,
  };
  if (parts.sharedStrings) entries['xl/sharedStrings.xml'] = parts.sharedStrings;
  fs.writeFileSync(path, zipBytes(entries));
}

/** A sheet from its rows' XML, deflated whole. */
export const sheetOf = (rowsXml: string): Packed => packed(`${SHEET_HEAD}${rowsXml}${SHEET_TAIL}`);

/** Inline-string cells of one row at the given references (A1, B1…), for a header or a data row. */
export const inlineRow = (row: number, values: string[]): string =>
  `<row r="${row}">${values
    .map((v, i) => `<c r="${String.fromCharCode(65 + i)}${row}" t="inlineStr"><is><t>${v}</t></is></c>`)
    .join('')}</row>`;

/** The fields of one central-directory entry (or of the end record) a forged directory lies about. */
export interface DirectoryLie {
  /** Name of the entry to change; its compressed size, inflated size or local header offset are overwritten. */
  entry?: string;
  compressedSize?: number;
  size?: number;
  localHeaderOffset?: number;
  /** The end record's central directory offset. */
  dirOffset?: number;
}

/** Rewrites fields of a zip's central directory in place, as a forger would. */
export function forgeDirectory(path: string, lie: DirectoryLie): void {
  const bytes = fs.readFileSync(path);
  const eocd = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const dirOffset = bytes.readUInt32LE(eocd + 16);
  if (lie.dirOffset !== undefined) bytes.writeUInt32LE(lie.dirOffset, eocd + 16);
  for (let p = dirOffset; p < eocd;) {
    const nameLength = bytes.readUInt16LE(p + 28);
    const name = bytes.toString('utf8', p + 46, p + 46 + nameLength);
    if (name === lie.entry) {
      if (lie.compressedSize !== undefined) bytes.writeUInt32LE(lie.compressedSize, p + 20);
      if (lie.size !== undefined) bytes.writeUInt32LE(lie.size, p + 24);
      if (lie.localHeaderOffset !== undefined) bytes.writeUInt32LE(lie.localHeaderOffset, p + 42);
    }
    p += 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
  }
  fs.writeFileSync(path, bytes);
}
