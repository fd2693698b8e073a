import { contextBridge, ipcRenderer } from 'electron';
import { createGapwiseApi, type PageLike } from './bridge';

// The preload entry: the only preload file that imports Electron. The bridge itself lives
// in bridge.ts so the end-to-end suite can run the same code in Chromium.
contextBridge.exposeInMainWorld('gapwise', createGapwiseApi(ipcRenderer, globalThis as PageLike));
