// The sandboxed preload (CommonJS, see toolchain.md): exposes window.desk and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createDeskApi } from './desk-api';

const desk = createDeskApi((channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld('desk', desk);
