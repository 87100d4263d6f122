/** Opening the app for a test: a workspace folder of its own, the first document shown. */
import { join } from 'node:path'
import { expect } from 'vitest'
import { openApp, type App, type OpenAppOptions } from '../harness'
import { readIndex, tempDir } from './workspace-files'

export interface OpenedApp extends App {
  workspace: string
  /** Document ids in workspace order, as the index file on disk lists them. */
  docIds: string[]
}

/** A temporary folder for one test file; each call of `next()` names a new workspace in it. */
export function workspaces(prefix: string): { root: string; next(): string } {
  const root = tempDir(prefix)
  let n = 0
  return { root, next: () => join(root, `workspace-${++n}`) }
}

/** Opens the app on a workspace (seeded when new) and waits until a document's text is drawn. */
export async function openSeeded(workspace: string, options: Omit<OpenAppOptions, 'workspace'> = {}): Promise<OpenedApp> {
  const app = await openApp({ ...options, workspace })
  try {
    await app.page.locator('article[lang="vi"] p').first().waitFor()
  } catch (error) {
    await app.close()
    throw error
  }
  return { ...app, workspace, docIds: readIndex(workspace).documents.map((d) => d.id) }
}

/**
 * Closes the app a test opened, then fails the test if its page logged an error.
 * `forget` clears the test file's variable first, so a close that throws never leaks into the next test.
 */
export async function closeApp(app: App | undefined, forget: () => void): Promise<void> {
  forget()
  const errors = app?.pageErrors ?? []
  await app?.close()
  expect(errors).toEqual([])
}
