import fs from 'node:fs';
import path from 'node:path';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { checkRows, type CheckedRows, type ColumnPlaces, type RowImporter } from './import-rows';
import { XlsxReader } from './xlsx-reader';

/**
 * A second thread for a big import: while this thread inflates the sheet and checks some runs of rows, the worker
 * parses and checks others (the two cores of an office PC). Records travel back by structured cloning, so an
 * importer that ships many rows keeps them as plain arrays (cloning objects with named fields costs twice as much).
 *
 * Nothing depends on the worker: if it cannot start or fails, the runs it held are checked on this thread.
 */

/** A worker's code: a built file to run, or (from the repository) a line of JavaScript that loads the source. */
export interface WorkerScript {
  code: string;
  eval: boolean;
}

/**
 * Where a worker's code is: the bundle's file beside the calling code or the built app's main script (whichever
 * chunk the bundler put the caller in), or the TypeScript source when run from the repository (tsx's require hook
 * is registered in the worker first: a loader given to the parent process does not reach worker threads on
 * Node 20). Null when none is there: the import then uses one thread.
 */
export function workerScript(dir: string, source: string, bundled: string): WorkerScript | null {
  const main = require.main?.filename;
  for (const at of main ? [dir, path.dirname(main)] : [dir]) {
    const built = path.join(at, `${bundled}.js`);
    if (fs.existsSync(built)) return { code: built, eval: false };
  }
  const ts = path.join(dir, `${source}.ts`);
  if (!fs.existsSync(ts)) return null;
  try {
    const hook = require.resolve('tsx/cjs');
    return { code: `require(${JSON.stringify(hook)}); require(${JSON.stringify(ts)});`, eval: true };
  } catch {
    return null;
  }
}

/** What the worker is started with: the workbook (it reads the shared strings itself) and its importer's settings. */
interface Start {
  path: string;
  config: unknown;
}

type ToWorker = { type: 'begin'; columns: ColumnPlaces<string> } | { type: 'rows'; id: number; xml: Uint8Array };
type FromWorker = { id: number; checked: CheckedRows<unknown> } | { id: number; error: string };

interface Pending<R> {
  xml: Buffer;
  here: (xml: Buffer) => CheckedRows<R>;
  resolve: (checked: CheckedRows<R>) => void;
  reject: (error: unknown) => void;
}

/**
 * The worker keeps nothing but the run in hand, so a small heap does: V8 would otherwise let a fresh isolate's heap
 * grow by a hundred megabytes before collecting. Running out ends the worker, and its runs are checked here.
 */
const LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 128 };

/** Runs ahead of the worker: one being checked and two waiting keep it busy without hoarding the file. */
const IN_FLIGHT = 3;

export class RowWorker<K extends string, R> {
  private worker: Worker | null;
  private readonly pending = new Map<number, Pending<R>>();
  private nextId = 0;

  /** Starts the thread at once, so it loads its code while this thread opens the workbook. */
  constructor(script: WorkerScript | null, start: Start) {
    this.worker = null;
    if (!script) return;
    try {
      this.worker = new Worker(script.code, { eval: script.eval, workerData: start, resourceLimits: LIMITS });
    } catch {
      return;
    }
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => this.answer(message));
    this.worker.on('error', () => this.fallBack());
    this.worker.on('exit', () => this.fallBack());
  }

  /** The columns as the header placed them; sent before the first run. */
  begin(columns: ColumnPlaces<K>): void {
    this.post({ type: 'begin', columns });
  }

  wantsMore(): boolean {
    return this.worker !== null && this.pending.size < IN_FLIGHT;
  }

  /** Checks a run in the worker; `here` checks it on this thread if the worker is gone. */
  check(xml: Buffer, here: (xml: Buffer) => CheckedRows<R>): Promise<CheckedRows<R>> {
    return new Promise((resolve, reject) => {
      const id = this.nextId++;
      this.pending.set(id, { xml, here, resolve, reject });
      this.post({ type: 'rows', id, xml });
    });
  }

  /** Stops the thread; runs still out are dropped (the import they belonged to has failed or finished). */
  close(): void {
    const worker = this.worker;
    this.worker = null;
    this.pending.clear();
    void worker?.terminate();
  }

  private post(message: ToWorker): void {
    this.worker?.postMessage(message);
  }

  private answer(message: FromWorker): void {
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if ('error' in message) return this.settleHere(pending);
    pending.resolve(message.checked as CheckedRows<R>);
  }

  private fallBack(): void {
    if (!this.worker) return;
    this.worker = null;
    const left = [...this.pending.values()];
    this.pending.clear();
    for (const pending of left) this.settleHere(pending);
  }

  /** A run the worker could not check is checked here; an error then is the import's own, reported as usual. */
  private settleHere(pending: Pending<R>): void {
    try {
      pending.resolve(pending.here(pending.xml));
    } catch (error) {
      pending.reject(error);
    }
  }
}

/**
 * The worker's side: reads the workbook's shared strings, then parses and checks each run it is sent with the
 * importer `make` builds from the settings.
 */
export function serveRowChecks<K extends string, R>(make: (config: unknown) => RowImporter<K, R>): void {
  const port = parentPort;
  if (!port) throw new Error('serveRowChecks runs in a worker thread');
  const start = workerData as Start;
  const importer = make(start.config);
  // Only the shared strings are needed: the sheet's text comes in the messages, so the file is closed at once.
  const reader = XlsxReader.open(start.path).then((opened) => {
    opened.close();
    return opened;
  });
  // A file this thread cannot open fails each run below, and the caller checks them itself (and refuses the file).
  reader.catch(() => undefined);
  let columns: ColumnPlaces<K> = [];
  port.on('message', (message: ToWorker) => {
    if (message.type === 'begin') {
      columns = message.columns as ColumnPlaces<K>;
      return;
    }
    // Every run waits on the same opening, so the answers keep the order the runs came in.
    void reader
      .then((opened) => {
        const text = Buffer.from(message.xml.buffer, message.xml.byteOffset, message.xml.byteLength).toString('utf8');
        return checkRows(opened.parseRows(text), columns, importer);
      })
      .then(
        (checked) => port.postMessage({ id: message.id, checked } satisfies FromWorker),
        (error: unknown) => port.postMessage({ id: message.id, error: String(error) } satisfies FromWorker),
      );
  });
}
