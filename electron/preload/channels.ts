/** IPC channel names shared by the preload script and the main process. */
export const CHANNELS = {
  call: 'core:call',
  saveFile: 'native:saveFile',
  uploadFile: 'native:uploadFile',
  saveDownload: 'native:saveDownload',
  openDownload: 'native:openDownload',
} as const;
