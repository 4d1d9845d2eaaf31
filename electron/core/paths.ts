import os from 'node:os';
import path from 'node:path';

/** The folder name under the OS's application-data folder; the desktop app and the CLI share it. */
export const APP_FOLDER = 'shuangsuiji';

/** Same place Electron's app.getPath('appData') points to, computed without Electron for the CLI and server. */
export function appDataRoot(): string {
  if (process.platform === 'win32') return process.env.APPDATA ?? path.join(os.homedir(), 'AppData', 'Roaming');
  if (process.platform === 'darwin') return path.join(os.homedir(), 'Library', 'Application Support');
  return process.env.XDG_CONFIG_HOME ?? path.join(os.homedir(), '.config');
}

export const dataDirUnder = (appData: string): string => path.join(appData, APP_FOLDER, 'data');

export const defaultDataDir = (): string => dataDirUnder(appDataRoot());
