import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { apiInputs } from '../../../src-main/api'
import { openServices, type Services } from '../../../src-main/services'
import { RESOURCES_DIR, servicesIn } from '../../support/services'
import { useTempDirs } from '../../support/temp-dir'
import { folderSnapshot, spanwright } from './cli-runner'
import { addSpan } from '../../support/span-edits'

type Draft = [number, number, string]
// First seed article: "Việt Nam sẵn sàng hợp tác cùng Nhật Bản thực hiện …"
const LAN: Draft[] = [[0, 8, 'agreement'], [9, 25, 'commitment'], [26, 39, 'agreement'], [31, 35, 'figure']]
const MINH: Draft[] = [[0, 8, 'commitment'], [9, 25, 'commitment'], [31, 39, 'agreement'], [40, 49, 'figure']]
const SHARED: Draft[] = [[0, 8, 'commitment']]

const RELABEL = 'relabel:0-8-agreement:0-8-commitment'
const BOUNDARY = 'boundary:26-39-agreement:31-39-agreement'
const ONLY_B = 'only_b::40-49-figure'

async function annotate(services: Services, drafts: Draft[][]): Promise<string[]> {
  const docs = await services.listDocuments({})
  for (const [k, spans] of drafts.entries()) {
    for (const [start, end, label] of spans) await addSpan(services, { docId: docs[k]?.id ?? '', start, end, label, snap: 'exact' })
  }
  return docs.map((d) => d.id)
}

/** The reviewer's workspace (lan) and another annotator's workspace folder (minh) over the same seed articles. */
async function setUp(dir: string) {
  const services = await servicesIn(dir)
  const ids = await annotate(services, [LAN, SHARED])
  const other = await openServices({
    workspaceDir: join(dir, 'other'),
    resourcesDir: RESOURCES_DIR,
    annotator: 'minh',
    now: () => new Date(Date.UTC(2026, 10, 24)),
    dialogs: { chooseSavePath: async () => null },
  })
  await annotate(other, [MINH, SHARED])
  await other.close()
  return { services, ids, otherDir: join(dir, 'other') }
}

const spansOf = async (services: Services, id: string) =>
  (await services.openDocument({ docId: id })).spans.map(
    (s) => `${s.start}-${s.end}:${s.label} ${s.origin}${s.attributes.annotators ? ` ${(s.attributes.annotators as string[]).join('+')}` : ''}`,
  )

describe('review services', () => {
  const tempDir = useTempDirs()

  it('compareWith gives the differences and the same agreement figures as `spanwright agree`, reading the other folder only', async () => {
    const { services, ids, otherDir } = await setUp(await tempDir())
    const before = await folderSnapshot(otherDir)
    const result = await services.compareWith({ path: otherDir })
    expect(await folderSnapshot(otherDir)).toEqual(before)
    expect(result.a).toEqual({ path: services.workspace.dir, kind: 'workspace', annotator: 'lan' })
    expect(result.b).toEqual({ path: otherDir, kind: 'workspace', annotator: 'minh' })
    expect(result.counts).toEqual({ match: 2, relabel: 1, boundary: 1, only_a: 1, only_b: 1 })
    expect(result.relabels).toEqual([{ a: 'agreement', b: 'commitment', count: 1 }])
    const agree = await spanwright(['agree', services.workspace.dir, otherDir, '--json'])
    expect(result.agreement).toEqual(JSON.parse(agree.stdout))
    expect(result.documents.map((d) => [d.id, d.present, d.pending])).toEqual(ids.map((id, k) => [id, 'both', k === 0 ? 4 : 0]))
    expect(result.documents[1]?.agreement).toMatchObject({ exact_f1: 1, partial_f1: 1, mean_kappa: 1 })
    expect(result.documents[2]?.agreement).toEqual({ exact_f1: null, partial_f1: null, mean_kappa: null, mean_alpha: null })
    await services.close()
  })

  it('reviewDocument lists every pair with a key, in text order, with the gold as it stands', async () => {
    const { services, ids, otherDir } = await setUp(await tempDir())
    await services.compareWith({ path: otherDir })
    const view = await services.reviewDocument({ docId: ids[0] ?? '' })
    expect(view.items.map((i) => [i.key, i.decision])).toEqual([
      [RELABEL, null],
      ['match:9-25-commitment:9-25-commitment', null],
      [BOUNDARY, null],
      ['only_a:31-35-figure:', null],
      [ONLY_B, null],
    ])
    expect(view).toMatchObject({ present: 'both', annotators: { a: 'lan', b: 'minh' }, pending: 4 })
    expect(view.gold.map((s) => s.origin)).toEqual(['manual', 'manual', 'manual', 'manual'])
    await services.close()
  })

  it('refuses to take a span whose label this workspace does not have, naming it, and changes nothing', async () => {
    const dir = await tempDir()
    const services = await servicesIn(dir)
    const [first] = await services.listDocuments({})
    const other = await openServices({ workspaceDir: join(dir, 'other'), resourcesDir: RESOURCES_DIR, annotator: 'minh', dialogs: { chooseSavePath: async () => null } })
    const labels = (await other.getWorkspace({})).labels
    await other.updateLabels({ labels: [...labels, { ...(labels[0] as (typeof labels)[number]), id: 'event', name: 'Event', name_vi: 'Sự kiện', hotkey: '4' }] })
    await addSpan(other, { docId: first?.id ?? '', start: 0, end: 8, label: 'event', snap: 'exact' })
    await other.close()
    const file = join(services.workspace.dir, 'documents', `${first?.id}.json`)
    const before = await readFile(file, 'utf8')
    const { documents } = await services.compareWith({ path: join(dir, 'other') })
    const view = await services.reviewDocument({ docId: documents[0]?.id ?? '' })
    const key = view.items.find((i) => i.class === 'only_b')?.key ?? ''
    await expect(services.decideReview({ docId: first?.id ?? '', key, decision: 'accept_b' })).rejects.toThrow(
      /has the label "event", which this workspace does not have; add that label \(Edit → Labels\)/,
    )
    expect(await readFile(file, 'utf8')).toBe(before)
    await services.close()
  })

  it('decisions build the gold in the workspace document, and undoing them restores it exactly', async () => {
    const { services, ids, otherDir } = await setUp(await tempDir())
    const id = ids[0] ?? ''
    const original = (await services.openDocument({ docId: id })).spans
    await services.compareWith({ path: otherDir })
    await services.decideReview({ docId: id, key: RELABEL, decision: 'accept_b' })
    await services.decideReview({ docId: id, key: BOUNDARY, decision: 'keep_both' })
    const view = await services.decideReview({ docId: id, key: ONLY_B, decision: 'drop_both' })
    expect(view.pending).toBe(1)
    expect(view.items.map((i) => i.decision)).toEqual(['accept_b', null, 'keep_both', null, 'drop_both'])
    expect(await spansOf(services, id)).toEqual([
      '0-8:commitment merged minh',
      '9-25:commitment merged lan+minh',
      '26-39:agreement merged lan',
      '31-35:figure manual',
      '31-39:agreement merged minh',
    ])
    expect(view.gold).toEqual((await services.openDocument({ docId: id })).spans)
    // Changing a decision, then undoing every one, one key each.
    await services.decideReview({ docId: id, key: RELABEL, decision: 'accept_a' })
    expect((await spansOf(services, id))[0]).toBe('0-8:agreement merged lan')
    for (const key of [RELABEL, BOUNDARY, ONLY_B]) await services.decideReview({ docId: id, key, decision: null })
    expect((await services.openDocument({ docId: id })).spans).toEqual(original)
    await services.close()
  })

  it('keeps a span added by hand during the review when a decision is undone', async () => {
    const { services, ids, otherDir } = await setUp(await tempDir())
    const id = ids[0] ?? ''
    await services.compareWith({ path: otherDir })
    await services.decideReview({ docId: id, key: RELABEL, decision: 'accept_b' })
    await addSpan(services, { docId: id, start: 50, end: 53, label: 'figure', snap: 'exact' })
    await services.decideReview({ docId: id, key: RELABEL, decision: null })
    expect(await spansOf(services, id)).toContain('50-53:figure manual')
    expect(await spansOf(services, id)).toContain('0-8:agreement manual')
    await services.close()
  })

  it('keeps decisions across a restart and compares with A as it was before them', async () => {
    const dir = await tempDir()
    const { services, ids, otherDir } = await setUp(dir)
    const id = ids[0] ?? ''
    const first = await services.compareWith({ path: otherDir })
    await services.decideReview({ docId: id, key: RELABEL, decision: 'accept_b' })
    await services.decideReview({ docId: id, key: BOUNDARY, decision: 'drop_both' })
    await services.close()
    expect(existsSync(join(services.workspace.dir, 'review.json'))).toBe(true)

    const again = await servicesIn(dir)
    expect(await again.getReview({})).toEqual({ path: otherDir, documents: 1, decisions: 2 })
    const second = await again.compareWith({ path: otherDir })
    expect(second.agreement).toEqual(first.agreement)
    expect(second.documents[0]?.pending).toBe(2)
    const view = await again.reviewDocument({ docId: id })
    expect(view.items.map((i) => i.decision)).toEqual(['accept_b', null, 'drop_both', null, null])
    await again.close()
  })

  it('exports the reviewed document as gold: merged spans with their annotators', async () => {
    const dir = await tempDir()
    const { services, ids, otherDir } = await setUp(dir)
    await services.compareWith({ path: otherDir })
    await services.decideReview({ docId: ids[0] ?? '', key: ONLY_B, decision: 'accept_b' })
    await services.exportDataset({ path: join(dir, 'gold.jsonl'), format: 'jsonl' })
    const first = JSON.parse((await readFile(join(dir, 'gold.jsonl'), 'utf8')).split('\n')[0] ?? '') as { spans: Array<{ label: string; origin: string; attributes: object }> }
    expect(first.spans.filter((s) => s.origin === 'merged').map((s) => [s.label, s.attributes])).toEqual([
      ['commitment', { annotators: ['lan', 'minh'] }],
      ['figure', { annotators: ['minh'] }],
    ])
    await services.close()
  })

  it('compares with a .jsonl file, where a document it lacks has nothing to review', async () => {
    const dir = await tempDir()
    const { services, ids, otherDir } = await setUp(dir)
    const exported = join(dir, 'minh.jsonl')
    const minh = await openServices({ workspaceDir: otherDir, resourcesDir: RESOURCES_DIR, annotator: 'minh', dialogs: { chooseSavePath: async () => null } })
    await minh.exportDataset({ path: exported, format: 'jsonl' })
    await minh.close()
    const lines = (await readFile(exported, 'utf8')).split('\n')
    await writeFile(exported, lines.slice(0, 2).join('\n') + '\n')
    const result = await services.compareWith({ path: exported })
    expect(result.b).toEqual({ path: exported, kind: 'jsonl', annotator: 'minh' })
    expect(result.documents.map((d) => d.present)).toEqual(['both', 'both', 'only_a', 'only_a', 'only_a'])
    const lone = await services.reviewDocument({ docId: ids[2] ?? '' })
    expect([lone.present, lone.items]).toEqual(['only_a', []])
    await expect(services.decideReview({ docId: ids[2] ?? '', key: 'x', decision: 'accept_a' })).rejects.toMatchObject({ code: 'not_found' })
    await services.close()
  })

  it('says what is wrong: no comparison open, a match, an unknown key, a bad argument', async () => {
    const { services, ids, otherDir } = await setUp(await tempDir())
    const id = ids[0] ?? ''
    await expect(services.reviewDocument({ docId: id })).rejects.toThrow(/no comparison is open/)
    await services.compareWith({ path: otherDir })
    await expect(services.decideReview({ docId: id, key: 'match:9-25-commitment:9-25-commitment', decision: 'drop_both' })).rejects.toMatchObject({
      code: 'invalid_argument',
    })
    await expect(services.decideReview({ docId: id, key: 'relabel:1-2-x:1-2-y', decision: 'accept_a' })).rejects.toMatchObject({ code: 'not_found' })
    await expect(services.compareWith({ path: join(otherDir, 'nope') })).rejects.toMatchObject({ code: 'invalid_argument' })
    expect(apiInputs.decideReview.safeParse({ docId: id, key: RELABEL, decision: 'accept_c' }).success).toBe(false)
    expect(apiInputs.decideReview.safeParse({ docId: id, key: RELABEL, decision: null }).success).toBe(true)
    await services.close()
  })
})
