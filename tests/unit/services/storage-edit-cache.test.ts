/**
 * An edit writes from what the store kept of the last write (the encoder's
 * bytes, spans and hash states) and checks the file against the bytes it knows
 * instead of hashing it. None of that may let a stale copy through: these tests
 * change the file between and during edits, in a document small enough to be
 * encoded afresh and in one large enough (over 256 kB) to reuse buffers.
 */
import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DocumentFile } from '../../../src-main/core/model'
import { createOffsetMap } from '../../../src-main/core/offsets'
import { atomicWriteSeam } from '../../../src-main/store/files/atomic-write'
import { formatCanonicalJson } from '../../../src-main/store/files/canonical-json'
import { makeLongWorkspace } from '../../support/long-workspace'
import { addSpan } from '../../support/span-edits'
import { useTempDirs } from '../../support/temp-dir'
import { failure, servicesAt } from '../store/storage-helpers'

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex')
const docFile = (ws: string, id: string): string => join(ws, 'documents', `${id}.json`)

describe('editing from what the store kept of the last write', () => {
  const tempDir = useTempDirs()
  afterEach(() => {
    delete atomicWriteSeam.afterSync
  })

  async function small() {
    const ws = join(await tempDir(), 'ws')
    const services = await servicesAt(ws)
    const [summary] = await services.listDocuments({})
    return { ws, services, id: summary!.id, file: docFile(ws, summary!.id) }
  }

  async function large() {
    const { dir, longId } = await makeLongWorkspace(join(await tempDir(), 'ws'), { bytes: 120_000, spans: 600 })
    const services = await servicesAt(dir)
    return { ws: dir, services, id: longId, file: docFile(dir, longId) }
  }

  /** Words at the start, the middle and the end of the text: edits before, among and after the kept spans. */
  function places(text: string): Array<[number, number]> {
    const map = createOffsetMap(text)
    const words = [...text.matchAll(/(?<![\p{L}\p{N}])[\p{L}\p{N}]/gu)].map((m) => map.toCodePoint(m.index))
    return [0.5, 0.01, 0.99, 0.3, 0.7, 0.55].map((f) => {
      const start = words[Math.floor((words.length - 1) * f)] as number
      return [start, start + 1]
    })
  }

  it.each([['a small document', small], ['a large document', large]])(
    'writes exactly the canonical file and gives its SHA-256 as the revision, edit after edit: %s',
    async (_, open) => {
      const { services, id, file } = await open()
      const { text } = await services.openDocument({ docId: id })
      expect((await readFile(file)).length > 256 * 1024).toBe(open === large)
      for (const [start, end] of places(text)) {
        const before = await readFile(file)
        const { summary } = await addSpan(services, { docId: id, start, end, label: 'figure' })
        const bytes = await readFile(file)
        expect(bytes.equals(before)).toBe(false)
        expect(bytes.toString('utf8')).toBe(formatCanonicalJson(JSON.parse(bytes.toString('utf8')) as DocumentFile))
        const reopened = await services.reopenDocument({ docId: id, revision: sha256(bytes) })
        expect(reopened).toMatchObject({ unchanged: true, spanCount: summary.spanCount })
      }
      await services.close()
    },
  )

  it.each([['a small document', small], ['a large document', large]])(
    'finds a same-size change another program made between two edits, and keeps it: %s',
    async (_, open) => {
      const { services, id, file } = await open()
      const { text } = await services.openDocument({ docId: id })
      const [[a, b], [c, d]] = places(text) as [[number, number], [number, number]]
      await addSpan(services, { docId: id, start: a, end: b, label: 'figure' })
      // One character of the title changed in place: same size, same inode, written within the same second.
      const bytes = await readFile(file)
      const doc = JSON.parse(bytes.toString('utf8')) as DocumentFile
      const outside = formatCanonicalJson({ ...doc, title: doc.title.replace(/^./u, (ch) => (ch === 'X' ? 'Y' : 'X')) })
      expect(Buffer.byteLength(outside)).toBe(bytes.length)
      await writeFile(file, outside)
      const refused = await failure(addSpan(services, { docId: id, start: c, end: d, label: 'figure' }))
      expect(refused.code).toBe('conflict')
      expect(await readFile(file, 'utf8')).toBe(outside)
      // The store now works from the outside version, and the next edit keeps it.
      await addSpan(services, { docId: id, start: c, end: d, label: 'commitment' })
      const after = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
      expect(after.title).toBe((JSON.parse(outside) as DocumentFile).title)
      expect(after.spans).toHaveLength(doc.spans.length + 1)
      await services.close()
    },
  )

  it.each([['a small document', small], ['a large document', large]])(
    'refuses a file changed outside to hold a damaged span, naming it, and leaves the file as it is: %s',
    async (_, open) => {
      const { services, id, file } = await open()
      const { text } = await services.openDocument({ docId: id })
      const [[a, b], [c, d]] = places(text) as [[number, number], [number, number]]
      const { span } = await addSpan(services, { docId: id, start: a, end: b, label: 'figure' })
      const doc = JSON.parse(await readFile(file, 'utf8')) as DocumentFile
      const damaged = formatCanonicalJson({ ...doc, spans: doc.spans.map((s) => (s.id === span.id ? { ...s, text: `${s.text}!` } : s)) })
      await writeFile(file, damaged)
      const refused = await failure(addSpan(services, { docId: id, start: c, end: d, label: 'figure' }))
      expect(refused.code).toBe('conflict')
      expect(refused.message).toContain(`span ${span.id} ${span.start}..${span.end}: its text`)
      expect(await readFile(file, 'utf8')).toBe(damaged)
      expect((await failure(services.openDocument({ docId: id }))).message).toContain('is not the text at its offsets')
      await services.close()
    },
  )

  it.each([['a small document', small], ['a large document', large]])(
    'after a save that failed, saves the next edit whole, with the revision of what is on disk: %s',
    async (_, open) => {
      const { services, id, file } = await open()
      const { text } = await services.openDocument({ docId: id })
      const [[a, b], [c, d], [e, f]] = places(text) as [[number, number], [number, number], [number, number]]
      const first = await addSpan(services, { docId: id, start: a, end: b, label: 'figure' })
      const saved = await readFile(file)
      atomicWriteSeam.afterSync = async (target) => {
        if (target !== file) return
        delete atomicWriteSeam.afterSync
        throw Object.assign(new Error('EIO: i/o error, rename'), { code: 'EIO' })
      }
      expect((await failure(addSpan(services, { docId: id, start: c, end: d, label: 'figure' }))).code).toBe('io')
      expect((await readFile(file)).equals(saved)).toBe(true)
      const { summary } = await addSpan(services, { docId: id, start: e, end: f, label: 'agreement' })
      const bytes = await readFile(file)
      const doc = JSON.parse(bytes.toString('utf8')) as DocumentFile
      expect(bytes.toString('utf8')).toBe(formatCanonicalJson(doc))
      expect(doc.spans).toHaveLength(first.summary.spanCount + 1)
      expect(summary.spanCount).toBe(doc.spans.length)
      expect(await services.reopenDocument({ docId: id, revision: sha256(bytes) })).toMatchObject({ unchanged: true })
      await services.close()
    },
  )
})
