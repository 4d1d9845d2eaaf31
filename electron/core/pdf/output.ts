import fs from 'node:fs';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { headHash } from '../audit';
import type { ReadContext } from '../context';
import { officeTime } from '../office-time';
import { readOffice } from '../settings';
import { chooseFonts, loadFonts, type FontRole, type LoadedFont } from './fonts';
import { officialDocument, provenance, restartingNumbers } from './page';
import { renderPdf } from './render';

export interface PdfDownload {
  download: string;
  fileName: string;
  pages: number;
}

/** The office's name as documents print it; when it is not set yet the document says so rather than print a blank. */
export function issuingOffice(ctx: ReadContext): string {
  return readOffice(ctx.db).officeName || '（单位名称未设置，请在系统设置中填写）';
}

/**
 * Renders a document with this PC's fonts into a download. `frame` builds the page around the content (the
 * GB/T 9704 frame unless a list needs another); the audit head closes every document.
 */
export async function pdfDownload(
  ctx: ReadContext,
  request: {
    fileName: string;
    title: string;
    content: Content[];
    /** Parts printed together whose page numbers each start at 1 (a notice per subject). */
    parts?: Content[];
    frame?: (fonts: Record<FontRole, LoadedFont>, content: Content[]) => TDocumentDefinitions;
  },
): Promise<PdfDownload> {
  const fonts = loadFonts(chooseFonts(ctx.db));
  const head = headHash(ctx.db);
  const smallPrint = provenance(officeTime(ctx).dateTime(ctx.now), head);
  const doc = request.frame
    ? request.frame(fonts, request.content)
    : officialDocument(
        fonts,
        { title: request.title, office: issuingOffice(ctx) },
        request.content,
        request.parts && restartingNumbers(request.parts),
      );
  let pages = 0;
  const footer = doc.footer;
  doc.info = { ...doc.info, keywords: smallPrint };
  doc.footer = (page, count, size) => {
    pages = count;
    const own = typeof footer === 'function' ? footer(page, count, size) : (footer ?? null);
    if (page !== count) return own;
    const [left, , right] = doc.pageMargins as [number, number, number, number];
    const small: Content = {
      text: smallPrint,
      fontSize: 7,
      color: '#555555',
      lineHeight: 1,
      margin: [left, 4, right, 0],
    };
    return { stack: [own ?? '', small] };
  };
  const data = await renderPdf(doc, fonts);
  const file = await ctx.files.writeDownload('document.pdf', (path) => fs.writeFileSync(path, data));
  // The printed head is an anchor: truncating or re-hashing the log past it is named by `audit verify`.
  if (head) ctx.noteAnchor(head, request.fileName);
  return { download: file.id, fileName: request.fileName, pages };
}
