import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../../src-main/store/files/atomic-write'
import { useTempDirs } from '../../support/temp-dir'

describe('writeFileAtomic', () => {
  const tempDir = useTempDirs()

  it('replaces the file content and leaves no temporary file behind', async () => {
    const dir = await tempDir()
    const file = join(dir, 'a.json')
    await writeFile(file, 'old')
    await writeFileAtomic(file, 'new content')
    expect(await readFile(file, 'utf8')).toBe('new content')
    expect(await readdir(dir)).toEqual(['a.json'])
  })

  it('fails with the system error and keeps the old content when the folder is gone', async () => {
    const dir = await tempDir()
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' })
  })
})
