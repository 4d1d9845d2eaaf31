import type { IpcMainInvokeEvent } from 'electron';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

/** Records handlers like ipcMain, and plays the renderer side like ipcRenderer.invoke from a given frame. */
export class FakeIpc {
  readonly handlers = new Map<string, Handler>();
  private destroyListeners: (() => void)[] = [];

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }

  rendererFor(url: string, senderId = 1, subFrame = false) {
    const mainFrame = { url };
    const sender = { id: senderId, mainFrame, once: (_e: string, l: () => void) => this.destroyListeners.push(l) };
    const event = { sender, senderFrame: subFrame ? { url } : mainFrame } as unknown as IpcMainInvokeEvent;
    return {
      invoke: async (channel: string, ...args: unknown[]) => {
        const handler = this.handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        // Electron clones arguments and results across processes; so does this fake.
        return structuredClone(await handler(event, ...structuredClone(args)));
      },
    };
  }

  destroyWindows(): void {
    this.destroyListeners.splice(0).forEach((l) => l());
  }
}
