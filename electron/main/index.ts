import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, shell } from 'electron';
import { openCore, type Core } from '../core/app';
import { dataDirUnder } from '../core/paths';
import { registerCoreIpc, trustFrames } from './ipc';
import { installMenu } from './menu';
import { registerNativeIpc } from './native';
import { hardenApp } from './security';
import { createMainWindow } from './window';

/** `--data DIR` works for the desktop app as for the CLI and the server. */
function dataDirFromArgs(): string {
  const index = process.argv.indexOf('--data');
  const given = index >= 0 ? process.argv[index + 1] : undefined;
  return path.resolve(given ?? dataDirUnder(app.getPath('appData')));
}

const migrationsDir = (): string =>
  app.isPackaged ? path.join(process.resourcesPath, 'migrations') : path.join(app.getAppPath(), 'db', 'migrations');

let core: Core | null = null;

if (!app.requestSingleInstanceLock()) {
  // A second copy would open the same database: bring the first window forward instead.
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    const dataDir = dataDirFromArgs();
    try {
      core = openCore({ dataDir, migrationsDir: migrationsDir() });
    } catch (error) {
      dialog.showErrorBox(
        '无法打开数据库',
        `数据目录：${dataDir}\n\n${String(error)}\n\n请确认该目录可写，或联系系统管理员。`,
      );
      app.exit(1);
      return;
    }
    const devUrl = process.env.ELECTRON_RENDERER_URL;
    const indexFile = path.join(__dirname, '../renderer/index.html');
    const ownOrigins = [devUrl ?? pathToFileURL(indexFile).href.replace(/index\.html$/, '')];
    const isOwnUrl = (url: string): boolean => ownOrigins.some((o) => url.startsWith(o));
    hardenApp(isOwnUrl);
    const trusted = trustFrames(ownOrigins);
    const sessionOf = registerCoreIpc(ipcMain, core, trusted);
    registerNativeIpc(ipcMain, {
      dialog,
      openPath: (file) => shell.openPath(file),
      tempDir: app.getPath('temp'),
      windowOf: (event) => BrowserWindow.fromWebContents(event.sender),
      core,
      sessionOf,
      isTrusted: trusted,
    });
    installMenu(dataDir);
    createMainWindow({ devUrl, indexFile });
  });

  app.on('window-all-closed', () => {
    core?.close();
    core = null;
    app.quit();
  });
}
