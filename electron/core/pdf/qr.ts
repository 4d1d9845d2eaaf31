import zlib from 'node:zlib';
import * as qrModule from 'pdfmake/js/qrEnc';

interface ModuleRect {
  x: number;
  y: number;
  w: number;
}

/** Pixels per QR module: sharp at print size even where a viewer smooths images. */
const SCALE = 4;

/** The code's dark modules as a square grid, from pdfmake's own encoder. */
function qrMatrix(text: string, eccLevel: string): boolean[][] {
  // fit only sizes a module: 1,000 gives whole-number modules for any version.
  const node = qrModule.default.measure({ qr: text, eccLevel, fit: 1000 });
  const [, ...dark] = node._canvas as ModuleRect[];
  const size = dark[0]?.w ?? 1;
  const n = Math.round(node._width / size);
  const grid = Array.from({ length: n }, () => new Array<boolean>(n).fill(false));
  for (const rect of dark) (grid[Math.round(rect.y / size)] as boolean[])[Math.round(rect.x / size)] = true;
  return grid;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/**
 * A QR code as a small greyscale PNG (data URL). pdfmake's `qr` node draws each dark module as its own rectangle
 * with its own colour operators — some 1,500 per code and most of the time of a 500-notice PDF; one image per code
 * is drawn in one operation.
 */
export function qrImage(text: string, eccLevel: 'L' | 'M' | 'Q' | 'H' = 'M'): string {
  const grid = qrMatrix(text, eccLevel);
  const side = grid.length * SCALE;
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, no interlace
  const rows = Buffer.alloc(side * (side + 1), 0xff);
  grid.forEach((modules, r) => {
    for (let dy = 0; dy < SCALE; dy++) {
      const at = (r * SCALE + dy) * (side + 1);
      rows[at] = 0; // filter: none
      modules.forEach((dark, c) => {
        if (dark) rows.fill(0, at + 1 + c * SCALE, at + 1 + (c + 1) * SCALE);
      });
    }
  });
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
