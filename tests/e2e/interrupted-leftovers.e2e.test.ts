/**
 * What a killed import or export left behind, as the window tells it: documents
 * written but never listed are listed on opening, with their titles; an export
 * that cleaned up a killed one's partial file says so in its message.
 */
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openServices } from '../../src-main/services'
import { RESOURCES_DIR } from '../support/services'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { readIndex, tempDir } from './helpers/workspace-files'

const folders = workspaces('leftovers')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

const dialogs = { chooseSavePath: async () => null }

/** A seeded workspace plus two document files an import wrote before it was killed (the index never listed them). */
async function workspaceWithUnlisted(): Promise<{ workspace: string; titles: string[] }> {
  const workspace = folders.next()
  await (await openServices({ workspaceDir: workspace, resourcesDir: RESOURCES_DIR, dialogs })).close()
  const elsewhere = join(tempDir('leftovers-import'), 'ws')
  const importer = await openServices({ workspaceDir: elsewhere, resourcesDir: RESOURCES_DIR, dialogs, seed: false })
  const files = ['Hà Nội mở rộng đường vành đai\n\nThành phố cam kết xong năm 2027.\n', 'Giá điện tăng 4,8%\n\nEVN cho biết mức tăng áp dụng từ tháng 5.\n']
  const paths = files.map((text, i) => {
    const path = join(tempDir('leftovers-txt'), `article-${i}.txt`)
    writeFileSync(path, text)
    return path
  })
  const { imported } = await importer.importFiles({ paths })
  await importer.close()
  for (const { id } of imported) copyFileSync(join(elsewhere, 'documents', `${id}.json`), join(workspace, 'documents', `${id}.json`))
  return { workspace, titles: imported.map((d) => d.title) }
}

describe('leftovers of a killed import or export', () => {
  it('lists the documents a killed import wrote but never listed, and names them in a message', async () => {
    const { workspace, titles } = await workspaceWithUnlisted()
    expect(readIndex(workspace).documents).toHaveLength(5)
    app = await openSeeded(workspace)
    const message = app.page.getByRole('status')
    await message.getByText('Recovered 2 documents from an interrupted import, listed as to do:').waitFor()
    for (const title of titles) expect(await message.textContent()).toContain(`“${title}”`)
    for (const title of titles) await app.page.getByRole('navigation').getByText(title).first().waitFor()
    expect(readIndex(workspace).documents).toHaveLength(7)
  })

  it('says in the export message that it removed a killed export’s partial file', async () => {
    const out = join(tempDir('leftovers-out'), 'annotations.jsonl')
    // The partial file of an export whose process is gone: named after it, on this host.
    const gone = Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout)
    const host = createHash('sha256').update(hostname()).digest('hex').slice(0, 8)
    const partial = join(out, '..', `.annotations.jsonl.${gone}-${host}-deadbeef.partial`)
    writeFileSync(partial, 'x'.repeat(2_100_000))
    app = await openSeeded(folders.next(), { saveDialog: () => out })
    await app.page.keyboard.press('Control+E')
    await app.page.getByRole('dialog', { name: 'Export' }).waitFor()
    await app.page.keyboard.press('Enter')
    await app.page
      .getByRole('status')
      .getByText(`Exported 5 documents (0 spans) to ${out} · removed 1 leftover partial export (2.1 MB) from an interrupted export`)
      .waitFor()
    expect(existsSync(partial)).toBe(false)
    expect(readdirSync(join(out, '..'))).toEqual(['annotations.jsonl'])
  })
})
