import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { newDocument } from '../../../src-main/core/new-document'
import { importText } from '../../../src-main/core/text'
import { formatCanonicalJson } from '../../../src-main/store/files/canonical-json'
import { DOCUMENT_FORMAT } from '../../../src-main/store/files/file-format'
import { hashText, JsonFileAdapter, RACY_MS } from '../../../src-main/store/files/json-file-adapter'
import { useTempDirs } from '../../support/temp-dir'

const Schema = z.strictObject({ schema: z.literal(1), items: z.array(z.strictObject({ n: z.number() })) })

describe('JsonFileAdapter', () => {
  const tempDir = useTempDirs()

  it('reads a missing file as null', async () => {
    const adapter = new JsonFileAdapter(join(await tempDir(), 'none.json'), Schema)
    expect(await adapter.read()).toBeNull()
  })

  it('writes one array element per line so git diffs show the element that changed', async () => {
    const file = join(await tempDir(), 'a.json')
    await new JsonFileAdapter(file, Schema).write({ schema: 1, items: [{ n: 1 }, { n: 2 }] })
    expect(await readFile(file, 'utf8')).toBe('{\n  "schema": 1,\n  "items": [\n    {"n":1},\n    {"n":2}\n  ]\n}\n')
  })

  it('names the file, line and column of a truncated file', async () => {
    const file = join(await tempDir(), 'broken.json')
    await writeFile(file, '{\n  "schema": 1,\n  "items": [\n    {"n":1},\n')
    await expect(new JsonFileAdapter(file, Schema).read()).rejects.toThrow(`${file}:5:1: not valid JSON`)
  })

  it('names the file, line and column of a syntax error in the middle', async () => {
    const file = join(await tempDir(), 'broken.json')
    await writeFile(file, '{\n  "schema": 1,\n  "items": [x]\n}\n')
    await expect(new JsonFileAdapter(file, Schema).read()).rejects.toThrow(`${file}:3:13:`)
  })

  it('names the file and the field that does not match the format', async () => {
    const file = join(await tempDir(), 'wrong.json')
    await writeFile(file, '{"schema":1,"items":[{"n":"one"}]}')
    await expect(new JsonFileAdapter(file, Schema).read()).rejects.toThrow(/wrong\.json: does not match the format at items\.0\.n/)
  })

  it('coalesces writes that arrive while one runs and always ends with the newest data', async () => {
    const file = join(await tempDir(), 'a.json')
    const adapter = new JsonFileAdapter(file, Schema)
    const writes = Array.from({ length: 20 }, (_, n) => adapter.write({ schema: 1, items: [{ n }] }))
    await Promise.all(writes)
    expect(await adapter.read()).toEqual({ schema: 1, items: [{ n: 19 }] })
  })

  it('remembers the hash of what it wrote, so a change by another program shows', async () => {
    const file = join(await tempDir(), 'a.json')
    const adapter = new JsonFileAdapter(file, Schema)
    await adapter.write({ schema: 1, items: [{ n: 1 }] })
    const disk = await adapter.readDisk()
    expect(disk?.hash).toBe(adapter.knownHash)
    expect(disk?.hash).toBe(hashText(await readFile(file, 'utf8')))
    await writeFile(file, '{"schema":1,"items":[]}')
    expect((await adapter.readDisk())?.hash).not.toBe(adapter.knownHash)
  })

  it('names the first token pair of a document file that is not two whole numbers', async () => {
    const file = join(await tempDir(), 'doc.json')
    const doc = newDocument(importText(new TextEncoder().encode('Nhật Bản cam kết'), 'a.txt'), 'a.txt', '2026-11-26T08:00:00.000Z')
    await writeFile(file, formatCanonicalJson({ ...doc, tokens: [doc.tokens[0], [5, -1], doc.tokens[2]] }))
    await expect(new JsonFileAdapter(file, DOCUMENT_FORMAT).read()).rejects.toThrow(/doc\.json: does not match the format at tokens\.1/)
    await writeFile(file, formatCanonicalJson({ ...doc }))
    expect((await new JsonFileAdapter(file, DOCUMENT_FORMAT).read())?.tokens).toEqual(doc.tokens)
  })

  it('refuses a document file of a newer schema, or of none, naming it', async () => {
    const dir = await tempDir()
    await writeFile(join(dir, 'new.json'), '{"schema": 7, "whatever": true}')
    await expect(new JsonFileAdapter(join(dir, 'new.json'), DOCUMENT_FORMAT).read()).rejects.toMatchObject({
      code: 'newer_version',
      message: `${join(dir, 'new.json')}: written by a newer version of Spanwright (schema 7; this version reads schema 1 and older). Update Spanwright to open it; the file is left as it is.`,
    })
    await writeFile(join(dir, 'none.json'), '{"id": "x"}')
    await expect(new JsonFileAdapter(join(dir, 'none.json'), DOCUMENT_FORMAT).read()).rejects.toThrow(
      `${join(dir, 'none.json')}: has no "schema" version number, so it is not a Spanwright document file`,
    )
  })

  describe('trusting the stat of a file instead of its bytes', () => {
    // The clock the adapter stamps with; moved on to play "the analyst comes back later".
    const later = (ms: number) => {
      const clock = { now: Date.now() }
      return { now: () => clock.now, pass: () => void (clock.now += ms) }
    }

    it('trusts an untouched file once its last change is older than the racy window', async () => {
      const file = join(await tempDir(), 'a.json')
      await writeFile(file, '{"schema":1,"items":[]}')
      const clock = later(RACY_MS + 1000)
      const adapter = new JsonFileAdapter(file, Schema, clock.now)
      clock.pass()
      await adapter.read()
      expect(await adapter.unchangedSinceRead()).toBe(true)
    })

    it('does not trust a stamp taken right after the file changed (a same-size write could follow unseen)', async () => {
      const file = join(await tempDir(), 'a.json')
      await writeFile(file, '{"schema":1,"items":[]}')
      const adapter = new JsonFileAdapter(file, Schema)
      await adapter.read()
      expect(await adapter.unchangedSinceRead()).toBe(false)
    })

    it('sees a same-size rewrite by another program, in place or by rename', async () => {
      const dir = await tempDir()
      const file = join(dir, 'a.json')
      await writeFile(file, '{"schema":1,"items":[{"n":1}]}')
      const clock = later(RACY_MS + 1000)
      const adapter = new JsonFileAdapter(file, Schema, clock.now)
      clock.pass()
      await adapter.read()
      // Past the file system's timestamp tick (a jiffy), which the racy window covers in real use.
      await new Promise((resolve) => setTimeout(resolve, 30))
      await writeFile(file, '{"schema":1,"items":[{"n":2}]}')
      expect(await adapter.unchangedSinceRead()).toBe(false)
      clock.pass()
      expect(await adapter.read()).toEqual({ schema: 1, items: [{ n: 2 }] })
      await writeFile(join(dir, 'b.json'), '{"schema":1,"items":[{"n":3}]}')
      await rename(join(dir, 'b.json'), file)
      expect(await adapter.unchangedSinceRead()).toBe(false)
    })

    it('never trusts a stat after its own write, nor for a file that is gone', async () => {
      const file = join(await tempDir(), 'a.json')
      const clock = later(RACY_MS + 1000)
      const adapter = new JsonFileAdapter(file, Schema, clock.now)
      await adapter.write({ schema: 1, items: [] })
      clock.pass()
      expect(await adapter.unchangedSinceRead()).toBe(false)
      await adapter.read()
      clock.pass()
      await rm(file)
      expect(await adapter.unchangedSinceRead()).toBe(false)
    })
  })
})
