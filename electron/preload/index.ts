import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS } from '../ipc-channels';
import type { GapwiseApi } from './api-types';

// Each function wraps one channel and passes no caller-supplied values through, so the page
// can reach nothing in the main process beyond what is listed here.
const api = {
  getAppVersion: async (): Promise<string> => {
    const version: unknown = await ipcRenderer.invoke(IPC_CHANNELS.appGetVersion);
    if (typeof version !== 'string') throw new TypeError('app:getVersion returned a non-string');
    return version;
  },
} satisfies GapwiseApi;

contextBridge.exposeInMainWorld('gapwise', api);
