import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import type { ReadableDb } from '../../../db/client';
import { readSetting } from '../settings';
import { lineHeightEm } from './font-metrics';
import { FONT_ROLES, type FontRole } from './font-roles.shared';

export type { FontRole };

/** A folder of official fonts named in 系统设置, searched before the system's own font folders. */
export const FONT_FOLDER_KEY = 'pdf.fontFolder';

const ROLE_LABEL: Record<FontRole, string> = {
  title: '标题（小标宋）',
  body: '正文（仿宋）',
  hei: '一级标题（黑体）',
  kai: '二级标题（楷体）',
};

/**
 * File names of the official fonts as Windows, WPS and the 方正 installers put them, best first. Only TrueType and
 * OpenType files: a collection (.ttc) would need a face name and none of these ship as one.
 */
const OFFICIAL_FILES: Record<FontRole, string[]> = {
  title: ['方正小标宋简体.ttf', 'fzxbsjw.ttf', 'fzxbsjw--gb1-0.ttf', 'fzxbsk.ttf', '方正小标宋_gbk.ttf'],
  body: ['仿宋_gb2312.ttf', 'fs_gb2312.ttf', 'fangsong_gb2312.ttf', 'simfang.ttf', '仿宋.ttf', 'stfangso.ttf'],
  hei: ['黑体.ttf', 'simhei.ttf', 'stheiti.ttf', '方正黑体简体.ttf', 'fzhtjw.ttf'],
  kai: ['楷体_gb2312.ttf', 'kai_gb2312.ttf', 'kaiti_gb2312.ttf', 'simkai.ttf', '楷体.ttf', 'stkaiti.ttf'],
};

/**
 * The OFL fonts that come with the application (TrueType: pdfmake lays it out about 1.5× faster than CFF). There
 * is no free 仿宋 or 楷体 with simplified glyphs, so body text falls back to a Song face and 楷体 headings to its
 * bold cut, which keeps them apart from the body.
 */
const SHIPPED_FILES: Record<FontRole, { file: string; label: string }> = {
  title: { file: 'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf', label: '思源宋体 Bold' },
  body: { file: 'noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf', label: '思源宋体 Regular' },
  hei: { file: 'noto-sans-sc/500Medium/NotoSansSC_500Medium.ttf', label: '思源黑体 Medium' },
  kai: { file: 'noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf', label: '思源宋体 Bold' },
};

export interface ChosenFont {
  role: FontRole;
  roleLabel: string;
  file: string;
  label: string;
  official: boolean;
}

export interface LoadedFont extends ChosenFont {
  data: Buffer;
  /** The face's natural line height per em, so a page can be set to exactly 22 lines whatever the font. */
  lineHeightEm: number;
}

/** Where the shipped fonts are: the packaged app's resources, else the installed npm packages. */
export function shippedFontDirs(): string[] {
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  return [
    ...(resources ? [path.join(resources, 'resources', 'fonts')] : []),
    path.join(process.cwd(), 'node_modules', '@expo-google-fonts'),
  ];
}

/** The system font folders of Windows, 统信UOS and 麒麟 (and the user's own), searched a few levels deep. */
function systemFontDirs(): string[] {
  if (process.platform === 'win32') {
    const windir = process.env.WINDIR ?? 'C:\\Windows';
    const local = process.env.LOCALAPPDATA;
    return [path.join(windir, 'Fonts'), ...(local ? [path.join(local, 'Microsoft', 'Windows', 'Fonts')] : [])];
  }
  const home = os.homedir();
  return [
    '/usr/share/fonts',
    '/usr/local/share/fonts',
    path.join(home, '.local', 'share', 'fonts'),
    path.join(home, '.fonts'),
  ];
}

/** Font files by lower-cased name under the folders, first found wins; unreadable folders are skipped. */
function fontFilesUnder(dirs: string[], depth = 4): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (dir: string, left: number): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory() && left > 0) walk(full, left - 1);
      else if (/\.(ttf|otf)$/i.test(entry.name) && !found.has(entry.name.toLowerCase()))
        found.set(entry.name.toLowerCase(), full);
    }
  };
  for (const dir of dirs) walk(dir, depth);
  return found;
}

/** For each role, the official font when this PC has one, else the shipped one. */
export function chooseFonts(
  db: ReadableDb,
  options: { systemDirs?: string[]; shippedDirs?: string[] } = {},
): ChosenFont[] {
  const folder = readSetting(db, FONT_FOLDER_KEY, z.string(), '');
  const official = fontFilesUnder([...(folder ? [folder] : []), ...(options.systemDirs ?? systemFontDirs())]);
  const shippedDirs = options.shippedDirs ?? shippedFontDirs();
  return FONT_ROLES.map((role) => {
    const name = OFFICIAL_FILES[role].find((n) => official.has(n));
    if (name) {
      const file = official.get(name) as string;
      return { role, roleLabel: ROLE_LABEL[role], file, label: path.basename(file), official: true };
    }
    const shipped = SHIPPED_FILES[role];
    const file = shippedDirs.map((d) => path.join(d, shipped.file)).find((f) => fs.existsSync(f));
    if (!file)
      throw new Error(
        `找不到随软件提供的字体 ${shipped.file}（查找位置：${shippedDirs.join('；')}），请重新安装本软件或在系统设置中指定公文字体所在文件夹。`,
      );
    return { role, roleLabel: ROLE_LABEL[role], file, label: shipped.label, official: false };
  });
}

/** Font bytes stay in memory between documents: a 15 MB face is read once, not once per PDF. */
const cache = new Map<string, { mtimeMs: number; data: Buffer; lineHeightEm: number }>();

export function loadFonts(chosen: ChosenFont[]): Record<FontRole, LoadedFont> {
  const loaded = {} as Record<FontRole, LoadedFont>;
  for (const font of chosen) {
    const mtimeMs = fs.statSync(font.file).mtimeMs;
    let entry = cache.get(font.file);
    if (!entry || entry.mtimeMs !== mtimeMs) {
      const data = fs.readFileSync(font.file);
      entry = { mtimeMs, data, lineHeightEm: lineHeightEm(data) };
      cache.set(font.file, entry);
    }
    loaded[font.role] = { ...font, data: entry.data, lineHeightEm: entry.lineHeightEm };
  }
  return loaded;
}
