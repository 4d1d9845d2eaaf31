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

/**
 * The desktop's own services, outside the contract. Each answers with a Result like a method (a refusal carries a
 * Chinese message saying what to do), never with a rejected promise; the browser's stand-ins answer the same way.
 */
export interface NativeBridge {
  /** Shows the system save dialog and writes the bytes; false when the user cancelled. */
  saveFile(request: SaveFileRequest): Promise<Result<{ saved: boolean }>>;
  /**
   * Lets the user pick a file and hands it to the core as an upload; null when the user cancelled. Held to the same
   * size limit and upload quota as a browser's upload (core/door-limits.ts).
   */
  uploadFile(filters: FileFilter[]): Promise<Result<{ upload: string; name: string } | null>>;
  /** Saves a file the core produced (an export, an error list) where the user chooses. */
  saveDownload(download: string, fileName: string): Promise<Result<{ saved: boolean }>>;
  /** Opens a file the core produced (a PDF) in the system's viewer, to read and print it there. */
  openDownload(download: string, fileName: string): Promise<Result<{ opened: boolean }>>;
}

/** What the preload script exposes as window.bridge: one generic call and a few native services. */
export interface Bridge {
  call(method: string, input: unknown): Promise<Result<unknown>>;
  native: NativeBridge;
}
