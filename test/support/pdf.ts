import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { PdfMethod } from '../../electron/core/documents/contract';
import type { Core } from '../../electron/core/app';

export type { PdfMethod };

/** Reads a PDF with poppler's own tools (installed by .ci/run), never with the library that wrote it. */
function poppler(tool: string, args: string[]): string {
  const run = spawnSync(tool, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${tool} failed: ${run.stderr}`);
  return run.stdout;
}

export interface PdfFacts {
  file: string;
  text: string;
  /** Each page's text. */
  pages: string[];
  /** pdffonts rows: name, whether embedded and subset. */
  fonts: { name: string; embedded: boolean; subset: boolean }[];
  pageCount: number;
  /** The right edge of the rightmost word on any page, in points. */
  rightmostWord: number;
  pageWidth: number;
}

export function readPdf(file: string): PdfFacts {
  // -raw keeps the order the text was drawn in, so a table cell's wrapped lines stay together.
  const text = poppler('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-']);
  const fonts = poppler('pdffonts', [file])
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const cells = line.trim().split(/\s+/);
      // name type… encoding emb sub uni id gen: the three yes/no columns sit before the object number.
      const flags = cells.slice(-5, -2);
      return { name: cells[0] ?? '', embedded: flags[0] === 'yes', subset: flags[1] === 'yes' };
    });
  const info = poppler('pdfinfo', [file]);
  const bbox = poppler('pdftotext', ['-bbox', file, '-']);
  const rightmostWord = Math.max(...[...bbox.matchAll(/xMax="([\d.]+)"/g)].map((m) => Number(m[1])));
  return {
    file,
    text,
    pages: text.split('\f').slice(0, -1),
    fonts,
    pageCount: Number(/Pages:\s+(\d+)/.exec(info)?.[1]),
    rightmostWord,
    pageWidth: Number(/Page size:\s+([\d.]+)/.exec(info)?.[1]),
  };
}

/** The PDF a documents.* call produced, copied out of the core's download area. */
export function downloadedPdf(core: Core, download: string, dir: string, name = 'document.pdf'): PdfFacts {
  const source = core.files.downloadPath(download);
  if (!source) throw new Error('the download is missing');
  const file = path.join(dir, name);
  fs.copyFileSync(source, file);
  return readPdf(file);
}

/** Text with line breaks removed, so a name wrapped over two lines still reads as one. */
export const joined = (text: string): string => text.replace(/\s+/g, '');

/** The QR codes on a page, read from its image by zbar (installed by .ci/run), as a phone would read them. */
export function qrCodesOnPage(file: string, page: number): string[] {
  const prefix = file.replace(/\.pdf$/, `-p${page}`);
  poppler('pdftoppm', ['-r', '150', '-png', '-singlefile', '-f', String(page), '-l', String(page), file, prefix]);
  const run = spawnSync('zbarimg', ['-q', '--raw', `${prefix}.png`], { encoding: 'utf8' });
  return run.stdout.split('\n').filter((line) => line.trim());
}
