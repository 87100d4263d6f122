/**
 * Exposes every contract method as window.api in one loop. Runs sandboxed: it may
 * only require('electron'), so everything else is bundled into index.cjs.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { API_METHODS, apiChannel, COMMAND_CHANNEL, unwrap, type AppCommand, type Envelope } from '../api-methods'

const api: Record<string, unknown> = {}
for (const method of API_METHODS) {
  api[method] = async (input: unknown) => unwrap((await ipcRenderer.invoke(apiChannel(method), input ?? {})) as Envelope<unknown>)
}
api.onCommand = (listener: (command: AppCommand) => void) => {
  const forward = (_event: unknown, command: AppCommand): void => listener(command)
  ipcRenderer.on(COMMAND_CHANNEL, forward)
  return () => {
    ipcRenderer.removeListener(COMMAND_CHANNEL, forward)
  }
}
contextBridge.exposeInMainWorld('api', api)
