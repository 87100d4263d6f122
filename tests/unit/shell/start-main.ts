/**
 * Loads a fresh copy of the main process (src-main/shell/index.ts) against fresh fakes
 * of Electron, the services (no disk) and the workspace resolver.
 */
import { vi, type Mock } from 'vitest'
import type { ApiMethod } from '../../../src-main/api-methods'
import { methodRecord } from '../../../src-main/api-records'
import { createFakeElectron, type FakeBrowserWindow, type FakeElectron } from './fake-electron'

const platform = Object.getOwnPropertyDescriptor(process, 'platform') as PropertyDescriptor
export const setPlatform = (value: NodeJS.Platform): void => void Object.defineProperty(process, 'platform', { ...platform, value })
export const restorePlatform = (): void => void Object.defineProperty(process, 'platform', platform)

export const flush = async (): Promise<void> => {
  for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0))
}

export type FakeServices = Record<ApiMethod, Mock<(input: unknown) => Promise<unknown>>> & { close: Mock<() => Promise<void>> }

function fakeServices(): FakeServices {
  const methods = methodRecord((name) => vi.fn(async (_input: unknown): Promise<unknown> => ({ method: name })))
  return { ...methods, close: vi.fn(async () => {}) }
}

export interface Setup {
  electron: FakeElectron
  /** openServices rejects with this instead of opening the workspace. */
  openError?: Error
}

/** `prepare` runs before the main process starts. */
export async function startMain(prepare: (setup: Setup) => void = () => {}) {
  const setup: Setup = { electron: createFakeElectron() }
  prepare(setup)
  const { electron } = setup
  const services = fakeServices()
  const openServices = vi.fn(async () => {
    if (setup.openError) throw setup.openError
    return services
  })
  const resolveWorkspaceDir = vi.fn(() => '/fake/workspace')
  // vi.mock factories are cached across resetModules, so each start registers its own.
  vi.resetModules()
  vi.doMock('electron', () => electron)
  vi.doMock('../../../src-main/services', () => ({ openServices }))
  vi.doMock('../../../src-main/store/workspace/default-workspace', () => ({ resolveWorkspaceDir }))
  await import('../../../src-main/shell/index')
  await flush()
  const windows = (): FakeBrowserWindow[] => electron.BrowserWindow.instances
  return { electron, openServices, resolveWorkspaceDir, services, windows }
}
