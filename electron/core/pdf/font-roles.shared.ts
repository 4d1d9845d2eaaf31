/** The four faces GB/T 9704 names: title 小标宋, body 仿宋, level-one headings 黑体, level-two 楷体. */
export const FONT_ROLES = ['title', 'body', 'hei', 'kai'] as const;
export type FontRole = (typeof FONT_ROLES)[number];
