/** The sidebar's filter and the ids the label editor gives new labels and attributes. */
import { describe, expect, it } from 'vitest'
import type { DocumentSummary } from '../../../src-main/api'
import { DEFAULT_LABELS, LabelId, type Label } from '../../../src-main/core/model'
import { AttributeId } from '../../../src-main/core/model/attribute-definition'
import { newLabel, slug, withIds } from '../../../src-renderer/labels/label-draft'
import { filterDocuments } from '../../../src-renderer/sidebar/document-filter'

const doc = (id: string, title: string, status: DocumentSummary['status']): DocumentSummary => ({ id, title, source: '', status, spanCount: 0 })
const DOCS = [
  doc('a', 'Việt Nam sẵn sàng hợp tác cùng Nhật Bản', 'done'),
  doc('b', 'Thủ tướng đề nghị tăng cường hợp tác', 'in_progress'),
  doc('c', 'Đường sắt tốc độ cao', 'skipped'),
  doc('d', 'Thúc đẩy cụ thể hóa khuôn khổ', 'todo'),
]
const ids = (list: DocumentSummary[]): string[] => list.map((d) => d.id)

describe('filterDocuments', () => {
  it('keeps the documents of a status, the unfinished ones (to do, in progress), or all', () => {
    expect(ids(filterDocuments(DOCS, 'all', ''))).toEqual(['a', 'b', 'c', 'd'])
    expect(ids(filterDocuments(DOCS, 'unfinished', ''))).toEqual(['b', 'd'])
    for (const d of DOCS) expect(ids(filterDocuments(DOCS, d.status, '')), d.status).toEqual([d.id])
  })

  it('matches every word of the query in the title, ignoring case, accents and đ', () => {
    expect(ids(filterDocuments(DOCS, 'all', 'hop tac'))).toEqual(['a', 'b'])
    expect(ids(filterDocuments(DOCS, 'all', 'HỢP  nhật'))).toEqual(['a'])
    expect(ids(filterDocuments(DOCS, 'all', 'duong sat'))).toEqual(['c'])
    expect(ids(filterDocuments(DOCS, 'unfinished', 'hợp tác'))).toEqual(['b'])
    expect(ids(filterDocuments(DOCS, 'all', 'không có'))).toEqual([])
  })

  it('also keeps the documents whose text the search found, within the status', () => {
    expect(ids(filterDocuments(DOCS, 'all', 'apec', new Set(['c', 'd'])))).toEqual(['c', 'd'])
    expect(ids(filterDocuments(DOCS, 'all', 'hop tac', new Set(['d'])))).toEqual(['a', 'b', 'd'])
    expect(ids(filterDocuments(DOCS, 'unfinished', 'apec', new Set(['c', 'd'])))).toEqual(['d'])
  })
})

describe('ids for new labels and attributes', () => {
  it('turns Vietnamese and odd names into valid, unique ids', () => {
    expect(slug('Sự kiện', '-')).toBe('su-kien')
    expect(slug('Đối tác chiến lược', '_')).toBe('doi_tac_chien_luoc')
    expect(slug('2050 target', '-')).toBe('x-2050-target')
    expect(slug('!!!', '-')).toBe('x-new')
    for (const name of ['Sự kiện', '  Năm 2050 ', '日本', '-', 'A'.repeat(200)]) {
      expect(LabelId.safeParse(slug(name, '-')).success, name).toBe(true)
      expect(AttributeId.safeParse(slug(name, '_')).success, name).toBe(true)
    }
  })

  it('gives new labels (and their new attributes) ids from their names, keeping existing ids and avoiding clashes', () => {
    const existing = DEFAULT_LABELS.map((l) => ({ ...l }))
    const added: Label[] = [
      { ...newLabel(existing, 'Figure'), attributes: [{ id: '', name: 'Giá trị', name_vi: '', type: 'number' }, { id: '', name: 'Giá trị', name_vi: '', type: 'text' }] },
      newLabel(existing, 'Sự kiện'),
    ]
    const labels = withIds([...existing, ...added])
    expect(labels.map((l) => l.id)).toEqual(['commitment', 'agreement', 'figure', 'figure-2', 'su-kien'])
    expect(labels[3]?.attributes?.map((a) => a.id)).toEqual(['gia_tri', 'gia_tri_2'])
    expect(labels[2]).toEqual(existing[2])
  })

  it('offers a colour and a key no label has yet', () => {
    const label = newLabel(DEFAULT_LABELS, 'New')
    expect(DEFAULT_LABELS.map((l) => l.color)).not.toContain(label.color)
    expect(label.hotkey).toBe('4')
  })
})
