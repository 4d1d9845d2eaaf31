import fs from 'node:fs';
import type { Core } from '../../electron/core/app';

/** Puts a local file where the doors put uploads and returns its id. */
export function upload(core: Core, file: string): string {
  const target = core.files.newUpload(file);
  fs.copyFileSync(file, target.path);
  return target.id;
}

export const HEADER = [
  '统一社会信用代码',
  '名称',
  '对象类型',
  '法定代表人',
  '住所',
  '行业代码',
  '成立日期',
  '信用风险分类',
  '标签',
  '监管部门',
];
