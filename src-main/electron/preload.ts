// Runs sandboxed before the page: exposes the typed api as window.concord and nothing else. It
// may import only 'electron' and the channel names (it cannot load packages), and it never hands
// the page ipcRenderer or an IPC event, which would let the page reach any channel.
import type { IpcRendererEvent } from 'electron';
import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS } from './channels.js';

const bridge = {
  invoke(method: string, input: unknown): Promise<unknown> {
    if (typeof method !== 'string') {
      return Promise.reject(new TypeError('The api method must be a name.'));
    }
    return ipcRenderer.invoke(CHANNELS.invoke, method, input);
  },
  subscribe(listener: (change: unknown) => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('subscribe needs a function.');
    const handler = (_event: IpcRendererEvent, change: unknown) => listener(change);
    ipcRenderer.on(CHANNELS.change, handler);
    return () => {
      ipcRenderer.removeListener(CHANNELS.change, handler);
    };
  },
};

contextBridge.exposeInMainWorld('concord', bridge);
