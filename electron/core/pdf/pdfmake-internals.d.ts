/** pdfmake's renderer class (CommonJS, no typings); only merge-inlines.ts reaches into it. */
declare module 'pdfmake/js/Renderer' {
  const Renderer: { prototype: object };
  // eslint-disable-next-line no-restricted-syntax -- the CommonJS module's export is literally named default
  export default Renderer;
}

/** pdfmake's QR encoder: `measure` lays a code out as a background and one rectangle per dark module. */
declare module 'pdfmake/js/qrEnc' {
  const qr: {
    measure(node: { qr: string; eccLevel?: string; fit?: number }): { _canvas: object[]; _width: number };
  };
  // eslint-disable-next-line no-restricted-syntax -- the CommonJS module's export is literally named default
  export default qr;
}
