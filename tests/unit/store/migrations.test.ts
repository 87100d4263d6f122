import { describe, expect, it } from 'vitest'
import { MIGRATIONS, SCHEMA_VERSIONS, upgrade, type FileKind, type Migration } from '../../../src-main/core/model'

/** Test-only steps: schema 1 is the first released version, so the real registry is empty. */
const STEPS: Migration[] = [
  { kind: 'document', from: 2, summary: 'notes become arrays', up: (d) => ({ ...d, notes: [d.note], note: undefined }) },
  { kind: 'document', from: 1, summary: 'title trimmed', up: (d) => ({ ...d, title: String(d.title).trim() }) },
  { kind: 'index', from: 1, summary: 'not for documents', up: () => ({ wrong: true }) },
]

describe('upgrading a file to the current schema', () => {
  it('runs every step from the file version to the current one, in order, without touching its input', () => {
    const v1 = { schema: 1, title: '  Hà Nội  ', note: 'x' }
    const result = upgrade('document', v1, 3, STEPS)
    expect(result).toEqual({
      status: 'migrated',
      from: 1,
      steps: ['1→2: title trimmed', '2→3: notes become arrays'],
      data: { schema: 3, title: 'Hà Nội', notes: ['x'], note: undefined },
    })
    expect(v1).toEqual({ schema: 1, title: '  Hà Nội  ', note: 'x' })
  })

  it('passes a current file through unchanged', () => {
    const data = { schema: 3, title: 'a' }
    expect(upgrade('document', data, 3, STEPS)).toEqual({ status: 'current', data })
  })

  it('refuses a file of a newer version, saying which', () => {
    expect(upgrade('document', { schema: 4 }, 3, STEPS)).toEqual({ status: 'newer', version: 4 })
  })

  it.each([[null], [[]], ['text'], [{}], [{ schema: '1' }], [{ schema: 0 }], [{ schema: 1.5 }]])(
    'calls %j unversioned',
    (data) => {
      expect(upgrade('document', data, 3, STEPS)).toEqual({ status: 'unversioned' })
    },
  )

  it('reports a missing step instead of skipping it', () => {
    expect(upgrade('index', { schema: 1 }, 3, STEPS)).toEqual({ status: 'no_migration', version: 2 })
  })

  it('has, in the real registry, a step from 1 up to the current version of every kind of file', () => {
    for (const kind of Object.keys(SCHEMA_VERSIONS) as FileKind[]) {
      for (let v = 1; v < SCHEMA_VERSIONS[kind]; v++) {
        expect(MIGRATIONS.filter((m) => m.kind === kind && m.from === v), `${kind} ${v}→${v + 1}`).toHaveLength(1)
      }
    }
    expect(MIGRATIONS.every((m) => m.from >= 1 && m.from < SCHEMA_VERSIONS[m.kind])).toBe(true)
  })
})
