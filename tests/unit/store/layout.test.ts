import { describe, expect, it } from 'vitest'
import { conflictCopyPath, documentPath, stampTime, trashPaths, uniqueStamp } from '../../../src-main/store/workspace/layout'

const HOSTILE = [
  '../../etc/passwd',
  '..',
  '../0123456789abcd',
  '0123456789abcdef/../x',
  '0123456789abcde/',
  '/0123456789abcdef',
  '0123456789ABCDEF',
  '0123456789abcdeg',
  '0123456789abcdef0',
  '0123456789abcde',
  '0123456789abcdef\u0000',
  '..\\..\\windows',
  '',
  'x'.repeat(100_000),
]

describe('workspace file names', () => {
  it('builds a document file name from a 16-hex-digit id only', () => {
    expect(documentPath('/ws', '0123456789abcdef')).toBe('/ws/documents/0123456789abcdef.json')
    for (const id of HOSTILE) {
      expect(() => documentPath('/ws', id), id.slice(0, 40)).toThrow(/not a valid document id/)
    }
  })

  it('builds trash and conflict copy paths only from names of their own shape', () => {
    expect(trashPaths('/ws', '0123456789abcdef.20261123T080000000Z')).toEqual({
      file: '/ws/trash/0123456789abcdef.20261123T080000000Z.json',
      meta: '/ws/trash/0123456789abcdef.20261123T080000000Z.meta.json',
    })
    expect(conflictCopyPath('/ws', '0123456789abcdef.conflict-20261123T080000000Z-2.json')).toBe(
      '/ws/documents/0123456789abcdef.conflict-20261123T080000000Z-2.json',
    )
    for (const name of [...HOSTILE, '0123456789abcdef.20261123T080000000Z/../../x', '../spanwright.json']) {
      expect(() => trashPaths('/ws', name), name.slice(0, 40)).toThrow(/not a valid trash id/)
      expect(() => conflictCopyPath('/ws', name), name.slice(0, 40)).toThrow(/not a valid conflict copy name/)
    }
  })

  it('keeps a message short when the refused name is huge', () => {
    expect(() => documentPath('/ws', 'x'.repeat(1_000_000))).toThrow(/^not a valid document id: "x{80}"$/)
  })

  it('makes stamps unique with a counter and reads the time back', () => {
    const taken = new Set(['20261123T080000000Z', '20261123T080000000Z-2'])
    const stamp = uniqueStamp('2026-11-23T08:00:00.000Z', (s) => taken.has(s))
    expect(stamp).toBe('20261123T080000000Z-3')
    expect(stampTime(stamp)).toBe('2026-11-23T08:00:00.000Z')
  })
})
