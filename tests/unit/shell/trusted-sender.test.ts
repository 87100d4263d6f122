import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createTrustedSender } from '../../../src-main/shell/trusted-sender'

const rendererDir = join('/app', 'out', 'renderer')
const fileUrl = (...parts: string[]): string => pathToFileURL(join(...parts)).href

describe('createTrustedSender for the built renderer', () => {
  const trusted = createTrustedSender({ kind: 'file', path: join(rendererDir, 'index.html') })

  it('accepts our renderer page, with or without a hash or query', () => {
    const page = fileUrl(rendererDir, 'index.html')
    for (const url of [page, `${page}#doc-1`, `${page}?x=1`]) expect(trusted(url), url).toBe(true)
  })

  it('refuses other files, look-alike folders, remote pages and junk', () => {
    const refused = [
      fileUrl('/app', 'out', 'main', 'index.html'),
      `${pathToFileURL(rendererDir).href}/../main/index.html`,
      fileUrl('/app', 'out', 'renderer-evil', 'index.html'),
      pathToFileURL(rendererDir).href,
      `${pathToFileURL(rendererDir).href}/a%2Fb.html`,
      'https://example.com/index.html',
      'http://localhost:5173/',
      'about:blank',
      'devtools://devtools/bundled/inspector.html',
      '',
      'not a url',
    ]
    for (const url of refused) expect(trusted(url), url).toBe(false)
  })
})

describe('createTrustedSender for the dev server', () => {
  const trusted = createTrustedSender({ kind: 'url', url: 'http://localhost:5173' })

  it('accepts pages from the dev server origin', () => {
    expect(trusted('http://localhost:5173/')).toBe(true)
    expect(trusted('http://localhost:5173/index.html#x')).toBe(true)
  })

  it('refuses other ports, hosts, schemes and files', () => {
    const refused = ['http://localhost:5174/', 'http://127.0.0.1:5173/', 'https://localhost:5173/', fileUrl(rendererDir, 'index.html'), '']
    for (const url of refused) expect(trusted(url), url).toBe(false)
  })
})
