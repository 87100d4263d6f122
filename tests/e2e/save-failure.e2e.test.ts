/**
 * A save the file system refuses never loses the edit: it stays in memory (the
 * window keeps showing it), a banner says what failed and where, and the save is
 * tried again until it works.
 *
 * Tests run as root, where chmod stops nothing. So the folder is made unwritable
 * in ways root cannot write through: the documents folder is replaced by a file
 * (every write below it fails with ENOTDIR), and, where mount is allowed, the
 * workspace is bind-mounted read-only (the kernel refuses writes with EROFS).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openSeeded, workspaces, type OpenedApp } from './helpers/app'
import { dragSelect, panelRowCount } from './helpers/page'
import { spansOnDisk } from './helpers/workspace-files'

const folders = workspaces('save-failure')
let app: OpenedApp | undefined
let mounted: string | null = null

afterEach(async () => {
  if (mounted) spawnSync('umount', [mounted])
  mounted = null
  const errors = app?.pageErrors ?? []
  await app?.close()
  app = undefined
  expect(errors).toEqual([])
})

const canMount = process.platform === 'linux' && process.getuid?.() === 0 && probeMount()
function probeMount(): boolean {
  const dir = mkdtempSync(join(tmpdir(), 'spanwright-probe-'))
  const ok = spawnSync('mount', ['--bind', dir, dir]).status === 0 && spawnSync('mount', ['-o', 'remount,bind,ro', dir]).status === 0
  spawnSync('umount', [dir])
  rmSync(dir, { recursive: true, force: true })
  return ok
}

const banner = (a: OpenedApp) => a.page.getByTestId('save-banner')

describe('a failed save', () => {
  it('keeps the edit when the documents folder is gone, names the file, and saves it on “Retry now” once it is back', async () => {
    app = await openSeeded(folders.next())
    const { page, workspace } = app
    const docId = app.docIds[0] as string
    const documents = join(workspace, 'documents')
    const file = join(documents, `${docId}.json`)
    renameSync(documents, `${documents}.away`)
    writeFileSync(documents, 'a file where the documents folder was')

    await dragSelect(page, { text: 'Takebe Tsutomu' })
    await page.keyboard.press('2')
    await banner(app).waitFor()
    const text = await banner(app).textContent()
    expect(text).toContain(`Not saved: could not save ${file}: a folder on the way is not a folder (ENOTDIR).`)
    expect(text).toContain('1 edit is kept in memory')
    // The edit is still shown: the span is listed while it waits.
    expect(await panelRowCount(page)).toBe(1)

    rmSync(documents)
    renameSync(`${documents}.away`, documents)
    await banner(app).getByRole('button', { name: 'Retry now' }).click()
    await banner(app).waitFor({ state: 'detached' })
    expect(spansOnDisk(workspace, docId).map((s) => [s.label, s.text])).toEqual([['agreement', 'Takebe Tsutomu']])
    await page.getByText('Saved: every kept edit is on disk now.').waitFor()
  })

  it.skipIf(!canMount)('keeps every edit while the workspace is mounted read-only and saves them by itself when it is writable again (needs root and mount)', async () => {
    const workspace = folders.next()
    app = await openSeeded(workspace)
    const { page } = app
    const docId = app.docIds[0] as string
    execFileSync('mount', ['--bind', workspace, workspace])
    mounted = workspace
    execFileSync('mount', ['-o', 'remount,bind,ro', workspace])

    await dragSelect(page, { text: 'Takebe Tsutomu' })
    await page.keyboard.press('2')
    await banner(app).waitFor()
    expect(await banner(app).textContent()).toContain(`could not save ${join(workspace, 'documents', `${docId}.json`)}: the folder is read-only (EROFS)`)
    await dragSelect(page, { text: 'Yamada Takio' })
    await page.keyboard.press('3')
    await banner(app).getByText('2 edits are kept in memory').waitFor()
    expect(spansOnDisk(workspace, docId)).toEqual([])

    execFileSync('umount', [workspace])
    mounted = null
    await banner(app).waitFor({ state: 'detached', timeout: 20_000 })
    expect(spansOnDisk(workspace, docId).map((s) => [s.label, s.text])).toEqual([
      ['agreement', 'Takebe Tsutomu'],
      ['figure', 'Yamada Takio'],
    ])
  })
})
