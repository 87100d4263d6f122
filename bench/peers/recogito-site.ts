/**
 * The recogito side's static site: index.html, the page bundled with esbuild (recogito
 * and its dependencies included, nothing fetched from outside), recogito's stylesheet and
 * the document. Served by the tests' local static server.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { PeerDocument } from './peer-document'

const HERE = dirname(fileURLToPath(import.meta.url))

export async function buildRecogitoSite(dir: string, doc: PeerDocument): Promise<void> {
  mkdirSync(dir, { recursive: true })
  await build({
    entryPoints: [join(HERE, 'recogito-entry.ts')],
    bundle: true,
    format: 'esm',
    target: 'chrome120',
    outfile: join(dir, 'peer.js'),
    logLevel: 'error',
  })
  copyFileSync(join(HERE, 'index.html'), join(dir, 'index.html'))
  const css = createRequire(import.meta.url).resolve('@recogito/text-annotator/text-annotator.css')
  copyFileSync(css, join(dir, 'text-annotator.css'))
  writeFileSync(join(dir, 'doc.json'), JSON.stringify({ lines: doc.lines, annotations: doc.annotations }))
}
