/** IPC channel names shared by the preload script and the main process. */
export const CHANNELS = {
  call: 'core:call',
  saveFile: 'native:saveFile',
  openFile: 'native:openFile',
} as const;
