import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openServices, type Services } from '../../src-main/services'

export const RESOURCES_DIR = fileURLToPath(new URL('../../resources', import.meta.url))

/** Services over a workspace in `dir`, with a fixed clock and annotator so output is predictable. */
export function servicesIn(dir: string, savePath: string | null = null): Promise<Services> {
  let tick = 0
  return openServices({
    workspaceDir: join(dir, 'workspace'),
    resourcesDir: RESOURCES_DIR,
    annotator: 'lan',
    now: () => new Date(Date.UTC(2026, 10, 23, 8, 0, tick++)),
    dialogs: { chooseSavePath: async () => savePath },
  })
}

/** Python's text[start:end], which is what every offset on disk means. */
export const cpSlice = (text: string, start: number, end: number): string => [...text].slice(start, end).join('')
