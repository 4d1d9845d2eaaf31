/**
 * The natural line height of a TrueType/OpenType face per em, as pdfkit computes it ((ascent − descent) / unitsPerEm
 * from the `hhea` and `head` tables), read straight from the file's table directory.
 */
export function lineHeightEm(data: Buffer): number {
  const table = (tag: string): number => {
    const count = data.readUInt16BE(4);
    for (let i = 0; i < count; i++) {
      const record = 12 + i * 16;
      if (data.toString('latin1', record, record + 4) === tag) return data.readUInt32BE(record + 8);
    }
    throw new Error(`字体文件缺少 ${tag} 表，无法使用。`);
  };
  const unitsPerEm = data.readUInt16BE(table('head') + 18);
  const hhea = table('hhea');
  return (data.readInt16BE(hhea + 4) - data.readInt16BE(hhea + 6)) / unitsPerEm;
}
