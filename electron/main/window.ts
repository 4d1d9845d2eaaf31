import path from 'node:path';
import { BrowserWindow } from 'electron';

export interface RendererLocation {
  /** The dev server in development, otherwise the bundled index.html. */
  devUrl: string | undefined;
  indexFile: string;
}

export function createMainWindow(renderer: RendererLocation): BrowserWindow {
  const win = new BrowserWindow({
    width: 1360,
    height: 860,
    minWidth: 1024,
    minHeight: 640,
    title: '双随机、一公开监管工作系统',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  if (renderer.devUrl) void win.loadURL(renderer.devUrl);
  else void win.loadFile(renderer.indexFile);
  return win;
}
