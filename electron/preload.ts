/**
 * Preload (sandboxed): exposes `window.desk`, the typed API built from the channel list in
 * shared/ipc.ts. Only `invoke` on known channels crosses; ipcRenderer itself is never exposed.
 */
import { contextBridge, ipcRenderer } from 'electron';
import {
  buildDeskApi,
  CHANNELS,
  type Channel,
  type DeskApi,
  type DeskEvents,
  EVENT_BEFORE_QUIT,
} from '../shared/ipc';

const known = new Set<string>(CHANNELS);

const desk = buildDeskApi((channel: Channel, request: unknown) => {
  if (!known.has(channel)) return Promise.reject(new Error(`unknown channel ${channel}`));
  return ipcRenderer.invoke(channel, request);
}) satisfies DeskApi;

contextBridge.exposeInMainWorld('desk', desk);

/** Events from main; the listener gets no Electron event object (nothing of ipcRenderer leaks). */
const deskEvents = {
  onBeforeQuit(listener: () => void) {
    const wrapped = () => listener();
    ipcRenderer.on(EVENT_BEFORE_QUIT, wrapped);
    return () => {
      ipcRenderer.removeListener(EVENT_BEFORE_QUIT, wrapped);
    };
  },
} satisfies DeskEvents;

contextBridge.exposeInMainWorld('deskEvents', deskEvents);
