// The pdf area's public surface: what other areas, the doors and the CLI may use. Everything else in
// electron/core/pdf/ is internal to it (lint: area-boundaries).
export { cjkLines } from './cjk-lines';
export { FONT_FOLDER_KEY, chooseFonts } from './fonts';
export { FONT_ROLES, type FontRole } from './font-roles.shared';
export { issuingOffice, pdfDownload, type PdfDownload } from './output';
export {
  BODY_SIZE,
  LIST_CONTENT_WIDTH,
  SIZE,
  chineseDate,
  filledWidths,
  heading1,
  heading2,
  listDocument,
  paragraph,
  ruledTable,
  signature,
  title,
} from './page';
export { qrImage } from './qr';
