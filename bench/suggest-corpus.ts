/**
 * Documents for the suggestion benches: ~10 kB articles assembled from the seed
 * articles' paragraphs in a seeded order, with the rules' hits as their spans
 * (what the learner trains on matters little for its speed, only how much).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { documentId, normalizeText } from '../src-main/core/text'
import { furnitureLines } from '../src-main/core/page-furniture'
import { seededRandom } from '../src-main/core/suggest/hashing'
import { ruleHits } from '../src-main/core/suggest/rules'
import type { TrainingDocument } from '../src-main/core/suggest/learner'
import { tokenize } from '../src-main/core/tokens'

export function seedParagraphs(resourcesDir: string): string[] {
  const dir = join(resourcesDir, 'seed-articles')
  return readdirSync(dir)
    .sort()
    .flatMap((f) => normalizeText(readFileSync(join(dir, f), 'utf8')).text.split('\n'))
    .filter((p) => p.trim().length > 40)
}

/** `count` documents of about `bytes` UTF-8 bytes each. */
export function benchDocuments(paragraphs: readonly string[], count: number, bytes = 10_000, seed = 7): TrainingDocument[] {
  const random = seededRandom(seed)
  const docs: TrainingDocument[] = []
  for (let i = 0; i < count; i++) {
    const parts: string[] = []
    let size = 0
    while (size < bytes) {
      const p = paragraphs[Math.floor(random() * paragraphs.length)] as string
      parts.push(p)
      size += Buffer.byteLength(p) + 1
    }
    const text = parts.join('\n')
    const doc = { id: documentId(`${i}\n${text}`), text, tokens: tokenize(text) }
    docs.push({ doc, spans: ruleHits(text).map(({ start, end, label }) => ({ start, end, label })) })
  }
  return docs
}

export const hitsFor = (doc: { text: string }) => ruleHits(doc.text)
export const furnitureFor = (doc: { text: string }) => furnitureLines(doc.text)
