// The sandboxed preload (CommonJS, docs/decisions.md D1): exposes window.desk and nothing else.
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { createDeskApi } from './desk-api';

const desk = createDeskApi(
  (channel, request) => ipcRenderer.invoke(channel, request),
  (event, listener) => {
    // The page gets the payload only, never the IPC event (it carries the sender).
    const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(event, forward);
    return () => void ipcRenderer.removeListener(event, forward);
  },
  // A dropped file's path (issue 9: bundles dropped on "Nhập hồ sơ"). webUtils checks that it is
  // a File (one from the page's world is not `instanceof` this world's File); else it has none.
  (file) => {
    try {
      return webUtils.getPathForFile(file as File);
    } catch {
      return '';
    }
  },
);

contextBridge.exposeInMainWorld('desk', desk);
