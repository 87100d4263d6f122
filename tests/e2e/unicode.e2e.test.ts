/**
 * Offsets on disk count code points (FORMAT.md), while the DOM counts UTF-16
 * units. An article holding characters outside the Basic Multilingual Plane (Chữ
 * Nôm, emoji) must still give spans whose offsets slice exactly their text.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Workspace } from '../../src-main/store/workspace/workspace'
import { closeApp, type OpenedApp, openSeeded, workspaces } from './helpers/app'
import { clickText, drawnHighlights, tagWithKey, waitForSelectedSpan } from './helpers/page'
import { codePointSlice, readDocument, tempDir } from './helpers/workspace-files'

const ARTICLE = 'Chữ Nôm 𡨸喃 ghi tiếng Việt\nHai bên cam kết 😀 hỗ trợ 3 triệu yên cho 𠊛 dân vùng lũ\n'

const folders = workspaces('unicode')
let app: OpenedApp | undefined

afterEach(() => closeApp(app, () => (app = undefined)))

/** A workspace whose only article holds astral characters, made by the store as an import would. */
async function workspaceWithAstralArticle(): Promise<string> {
  const resources = tempDir('unicode-resources')
  mkdirSync(join(resources, 'seed-articles'))
  writeFileSync(join(resources, 'seed-articles', 'nom.txt'), ARTICLE)
  const dir = folders.next()
  const workspace = await Workspace.open(dir, { resourcesDir: resources, annotator: 'test', now: () => new Date().toISOString() })
  await workspace.flush()
  return dir
}

describe('text outside the Basic Multilingual Plane', () => {
  it('spans after and starting with astral characters store code point offsets that slice their text', async () => {
    app = await openSeeded(await workspaceWithAstralArticle())
    const docId = app.docIds[0] as string
    await tagWithKey(app.page, { text: '3 triệu yên' }, '3')
    await tagWithKey(app.page, { text: '𠊛 dân' }, '1')

    const { text, spans } = readDocument(app.workspace, docId)
    const figure = spans.find((s) => s.label === 'figure')
    const commitment = spans.find((s) => s.label === 'commitment')
    expect(figure?.text).toBe('3 triệu yên')
    expect(commitment?.text).toBe('𠊛 dân')
    // Two astral characters (𡨸 and 😀) come before the figure: UTF-16 would be 2 more.
    expect(figure?.start).toBe([...text.slice(0, text.indexOf('3 triệu'))].length)
    expect(figure?.start).toBe(text.indexOf('3 triệu') - 2)
    for (const s of spans) expect(s.text).toBe(codePointSlice(text, s.start, s.end))

    const drawn = await drawnHighlights(app.page)
    expect(drawn['sw-figure']).toEqual(['3 triệu yên'])
    expect(drawn['sw-commitment']).toEqual(['𠊛 dân'])
  })

  it('a click after astral characters selects the span under the pointer', async () => {
    app = await openSeeded(await workspaceWithAstralArticle())
    await tagWithKey(app.page, { text: 'hỗ trợ 3 triệu yên' }, '1')
    await tagWithKey(app.page, { text: '3 triệu yên' }, '3')
    await app.page.keyboard.press('Escape')
    await clickText(app.page, { text: 'hỗ trợ' })
    await waitForSelectedSpan(app.page, 'hỗ trợ 3 triệu yên')
    await clickText(app.page, { text: 'triệu' })
    await waitForSelectedSpan(app.page, '3 triệu yên')
  })
})
