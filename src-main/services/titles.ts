import { join } from 'node:path'
import type { Api } from '../api'
import { foldForSearch, holdsEvery, searchWords } from '../core/search-fold'
import { INDEX_FILE } from '../store/workspace/layout'
import { summaryOf, type ServiceContext } from './context'
import { saving } from './save-errors'

type TitleMethods = Pick<Api, 'renameDocument' | 'searchDocuments'>

/** Files read at once while searching: enough to overlap the reads, few enough to keep memory flat. */
const AT_ONCE = 16

export function titleServices(ctx: ServiceContext): TitleMethods {
  const { workspace } = ctx
  // A document's id is its text's hash, so a folded text never goes stale.
  const folded = new Map<string, string>()
  const foldedText = async (id: string): Promise<string> => {
    let text = folded.get(id)
    if (text === undefined) {
      text = foldForSearch((await workspace.readDocumentOnce(id)).text)
      folded.set(id, text)
    }
    return text
  }
  return {
    renameDocument: async ({ docId, title }) => {
      // The document file first: exports read the title from it; the list reads the index.
      await workspace.updateDocument(docId, (doc) => ({ ...doc, title }))
      await saving(join(workspace.dir, INDEX_FILE), () =>
        workspace.updateIndex((index) => {
          const entry = index.documents.find((d) => d.id === docId)
          if (entry) entry.title = title
        }),
      )
      return summaryOf(workspace.entry(docId), workspace.damage(docId))
    },
    searchDocuments: async ({ query }) => {
      const words = searchWords(query)
      const ids = workspace.entries().map((e) => e.id)
      if (!words.length) return ids
      const hits: string[] = []
      for (let i = 0; i < ids.length; i += AT_ONCE) {
        const batch = ids.slice(i, i + AT_ONCE)
        // A damaged file matches nothing; the list already marks it.
        const texts = await Promise.all(batch.map((id) => foldedText(id).catch(() => '')))
        batch.forEach((id, k) => {
          if (holdsEvery(texts[k] as string, words)) hits.push(id)
        })
      }
      return hits
    },
  }
}
