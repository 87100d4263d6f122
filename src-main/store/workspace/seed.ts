import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { newDocument } from '../../core/new-document'
import type { DocumentFile } from '../../core/model'
import { importText } from '../../core/text'

/** The built-in corpus: every .txt file of `resources/seed-articles`, in file name order. */
export async function readSeedDocuments(resourcesDir: string, now: string): Promise<DocumentFile[]> {
  const dir = join(resourcesDir, 'seed-articles')
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort()
  const docs: DocumentFile[] = []
  for (const name of names) {
    const bytes = await readFile(join(dir, name))
    docs.push(newDocument(importText(bytes, join(dir, name)), name, now))
  }
  return docs
}
