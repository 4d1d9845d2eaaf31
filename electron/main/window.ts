import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';

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
  // The page refuses to unload while a form has unsaved changes (its `beforeunload`); Electron shows no question
  // of its own and would silently keep the window open, so ask here. 放弃修改 lets the reload or close go on.
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      title: '有未保存的修改',
      message: '有未保存的修改，确定放弃吗？',
      detail: '放弃后，刚才填写或修改的内容不会保存。',
      buttons: ['放弃修改', '继续编辑'],
      defaultId: 1,
      cancelId: 1,
      noLink: true,
    });
    if (choice === 0) event.preventDefault();
  });
  if (renderer.devUrl) void win.loadURL(renderer.devUrl);
  else void win.loadFile(renderer.indexFile);
  return win;
}
