// The sandboxed preload (CommonJS, docs/decisions.md D1): exposes window.desk and nothing else.
import { contextBridge, ipcRenderer } from 'electron';
import { createDeskApi } from './desk-api';

const desk = createDeskApi((channel, request) => ipcRenderer.invoke(channel, request));

contextBridge.exposeInMainWorld('desk', desk);
