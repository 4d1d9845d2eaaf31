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
  /** Shows the system save dialog and writes the bytes; false when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<{ saved: boolean }>;
  /** Lets the user pick a file and hands it to the core as an upload; null when the user cancelled. */
  uploadFile(filters: FileFilter[]): Promise<{ upload: string; name: string } | null>;
  /** Saves a file the core produced (an export, an error list) where the user chooses. */
  saveDownload(download: string, fileName: string): Promise<{ saved: boolean }>;
  /** Opens a file the core produced (a PDF) in the system's viewer, to read and print it there. */
  openDownload(download: string, fileName: string): Promise<{ opened: boolean }>;
}

/** What the preload script exposes as window.bridge: one generic call and a few native services. */
export interface Bridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  native: NativeBridge;
}
