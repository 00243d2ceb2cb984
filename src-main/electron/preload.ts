// Runs sandboxed before the page: exposes the typed api as window.concord, and the one package
// the system opened with Concord as window.concordFiles, and nothing else. It may import only
// 'electron' and the channel names (it cannot load packages), and it never hands the page
// ipcRenderer or an IPC event, which would let the page reach any channel.
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

// The page names a package only by the id the main process gave it: never by a path.
const byId = (channel: string, id: unknown): Promise<unknown> =>
  typeof id === 'string'
    ? ipcRenderer.invoke(channel, id)
    : Promise.reject(new TypeError('A package is named by its id.'));

const files = {
  onPackageOpened(listener: () => void): () => void {
    if (typeof listener !== 'function') throw new TypeError('onPackageOpened needs a function.');
    const handler = () => listener();
    ipcRenderer.on(CHANNELS.packageOpened, handler);
    return () => {
      ipcRenderer.removeListener(CHANNELS.packageOpened, handler);
    };
  },
  openedPackage(): Promise<unknown> {
    return ipcRenderer.invoke(CHANNELS.openedPackage);
  },
  readOpenedPackage: (id: string) => byId(CHANNELS.readOpenedPackage, id),
  dismissOpenedPackage: (id: string) => byId(CHANNELS.dismissOpenedPackage, id),
};

contextBridge.exposeInMainWorld('concord', bridge);
contextBridge.exposeInMainWorld('concordFiles', files);
