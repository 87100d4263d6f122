/**
 * Exposes every contract method as window.api in one loop. Runs sandboxed: it may
 * only require('electron'), so everything else is bundled into index.cjs.
 * Each method resolves to the envelope as sent: an error thrown across the
 * contextBridge would lose its code, so the window unwraps it (src-renderer/app/client.ts).
 */
import { contextBridge, ipcRenderer } from 'electron'
import { API_METHODS, apiChannel, COMMAND_CHANNEL, MENU_LANGUAGE_CHANNEL, type AppCommand } from '../api-methods'

const api: Record<string, unknown> = {}
for (const method of API_METHODS) {
  api[method] = (input: unknown) => ipcRenderer.invoke(apiChannel(method), input ?? {})
}
api.onCommand = (listener: (command: AppCommand) => void) => {
  const forward = (_event: unknown, command: AppCommand): void => listener(command)
  ipcRenderer.on(COMMAND_CHANNEL, forward)
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, forward)
  }
}
api.setMenuLanguage = (input: unknown) => ipcRenderer.invoke(MENU_LANGUAGE_CHANNEL, input ?? {})
contextBridge.exposeInMainWorld('api', api)
