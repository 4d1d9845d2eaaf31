import { createHash } from 'node:crypto';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions, TFontDictionary } from 'pdfmake/interfaces';
import type { FontRole, LoadedFont } from './fonts';
import { installInlineMerging } from './merge-inlines';

/** pdfmake's in-memory file system (untyped for Node): fonts go in as bytes, so no path is ever opened by it. */
const vfs = (
  pdfmake as unknown as {
    virtualfs: { existsSync(name: string): boolean; writeFileSync(name: string, data: Buffer): void };
  }
).virtualfs;

// Documents are built from our own data only: pdfmake may neither fetch a URL nor open a local file.
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(() => false);
installInlineMerging();

/** The font families documents name; body text set in bold is 黑体, as GB/T 9704 sets emphasis. */
export type Family = 'Title' | 'Body' | 'Hei' | 'Kai';

function registered(font: LoadedFont): string {
  const name = `font-${createHash('sha1').update(font.file).digest('hex').slice(0, 16)}.ttf`;
  if (!vfs.existsSync(name) || font.data !== registeredData.get(name)) {
    vfs.writeFileSync(name, font.data);
    registeredData.set(name, font.data);
  }
  return name;
}
const registeredData = new Map<string, Buffer>();

function families(fonts: Record<FontRole, LoadedFont>): TFontDictionary {
  const face = (normal: LoadedFont, bold = normal) => {
    const [n, b] = [registered(normal), registered(bold)];
    return { normal: n, bold: b, italics: n, bolditalics: b };
  };
  return {
    Title: face(fonts.title),
    Body: face(fonts.body, fonts.hei),
    Hei: face(fonts.hei),
    Kai: face(fonts.kai),
  };
}

/** Lays out and writes one PDF; fonts are embedded as subsets of the glyphs used, so text stays extractable. */
export async function renderPdf(doc: TDocumentDefinitions, fonts: Record<FontRole, LoadedFont>): Promise<Buffer> {
  pdfmake.setFonts(families(fonts));
  return pdfmake.createPdf(doc).getBuffer();
}
