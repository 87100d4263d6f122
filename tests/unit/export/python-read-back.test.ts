import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { EXPORT_FORMATS } from '../../../src-main/core/export'
import { hasPython, runPython } from '../../support/python'
import { useTempDirs } from '../../support/temp-dir'
import { PY_READ_BACK } from './python-readers'
import { corpusWorkspace } from './corpus-workspace'

describe('every export, read back in Python as its consumer reads it', () => {
  const tempDir = useTempDirs()

  // Shows as skipped with this name where python3 is missing.
  it.skipIf(!hasPython)('gives text[start:end] == span text for every span in every format, on emoji, astral CJK, NFD/CRLF input and nested spans (needs python3)', async () => {
    const dir = await tempDir()
    const { services, spans } = await corpusWorkspace(dir)
    const canonical = join(dir, 'canonical.jsonl')
    await services.exportDataset({ path: canonical, format: 'jsonl' })
    for (const format of EXPORT_FORMATS) {
      const out = join(dir, `out-${format.id}${format.extension}`)
      const result = await services.exportDataset({ path: out, format: format.id })
      expect(result.dropped.length > 0, format.id).toBe(format.mayDrop)
      const droppedFile = join(dir, `dropped-${format.id}.json`)
      await writeFile(droppedFile, JSON.stringify(result.dropped))
      const checked = Number(runPython(PY_READ_BACK, [format.id, out, canonical, droppedFile]).trim())
      expect(checked, format.id).toBe(spans - result.dropped.length)
    }
    await services.close()
  })
})
