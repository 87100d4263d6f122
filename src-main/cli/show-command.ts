import { stat } from 'node:fs/promises'
import type { Command } from 'commander'
import { parseJson } from '../core/json-depth'
import { DocumentFile } from '../core/model'
import { readBounded } from '../store/files/bounded-read'
import { loadAnnotationSource } from '../store/import/annotation-source'
import { checkInputPaths } from '../store/import/input-paths'
import { annotatedText, type ShownDocument } from './annotated-text'
import type { CliContext } from './context'

export function addShowCommand(program: Command, ctx: CliContext): void {
  program
    .command('show')
    .description('print an annotation file as text with each span inline, [text]{label}; works as a git textconv')
    .argument('<file>', "a canonical .jsonl file, a workspace folder, or one of a workspace's document files")
    .action(async (file: string) => {
      await checkInputPaths([file])
      const shown = (await documentFile(file)) ?? (await loadAnnotationSource(file)).records.map((r) => ({ ...r, about: [r.annotator, r.status] }))
      ctx.stdout(shown.map(annotatedText).join('\n'))
    })
}

/** A workspace's `documents/<id>.json` (git hands a textconv a copy, so it is told by its content). */
async function documentFile(file: string): Promise<ShownDocument[] | null> {
  if (!(await stat(file).catch(() => null))?.isFile()) return null
  const text = (await readBounded(file, file)).toString('utf8')
  if (!text.trimStart().startsWith('{') || !text.includes('"schema"')) return null
  let json: unknown
  try {
    json = parseJson(text)
  } catch {
    return null
  }
  const doc = DocumentFile.safeParse(json)
  return doc.success ? [{ ...doc.data, about: [doc.data.source] }] : null
}
