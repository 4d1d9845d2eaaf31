import type { Result } from './errors';

/** A file the user picked or is saving; bytes travel as Uint8Array through IPC and as Blob in the browser. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface SaveFileRequest {
  defaultName: string;
  filters: FileFilter[];
  data: Uint8Array;
}

export interface NativeBridge {
  /** Shows the system save dialog and writes the file; false when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<{ saved: boolean }>;
  /** Shows the system open dialog; null when the user cancelled. */
  openFile(filters: FileFilter[]): Promise<{ name: string; data: Uint8Array } | null>;
}

/** What the preload script exposes as window.bridge: one generic call and a few native services. */
export interface Bridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  native: NativeBridge;
}
