/**
 * The layer map of docs/architecture.md, as lint enforces it: each import a
 * layer must not make is fed to ESLint with a file path inside that layer and
 * must be refused; one import each layer may make must pass. If eslint.config.js
 * loses a rule (or one block overrides another's), this fails.
 */
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const LAYER_RULES = new Set(['no-restricted-imports', '@typescript-eslint/no-restricted-imports'])

// One ESLint for the file: loading the config and its plugins takes seconds.
const eslint = new ESLint({ cwd: ROOT })

/** The layer rules' messages for `code` as if it were the file at `filePath` (repository-relative). */
async function layerErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` })
  const messages = result?.messages ?? []
  // A snippet that does not parse would pass the "allowed" cases silently.
  expect(messages.filter((m) => m.fatal)).toEqual([])
  return messages.filter((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId)).map((m) => m.message)
}

const uses = (source: string, name = 'a'): string => `import { ${name} } from '${source}'\nexport { ${name} }\n`
const usesType = (source: string): string => `import type { A } from '${source}'\nexport type { A }\n`

const forbidden: Array<[layer: string, file: string, code: string]> = [
  ['core', 'src-main/core/a.ts', uses('../services/context')],
  ['core', 'src-main/core/a.ts', usesType('../api')],
  ['core', 'src-main/core/export/a.ts', uses('../../api-methods')],
  ['core', 'src-main/core/a.ts', uses('../store/workspace/workspace')],
  ['core', 'src-main/core/a.ts', uses('fs/promises')],
  ['core', 'src-main/core/a.ts', uses('process')],
  ['core', 'src-main/core/a.ts', uses('node:fs')],
  ['core', 'src-main/core/model/a.ts', uses('electron')],
  ['core', 'src-main/core/a.ts', uses('lowdb')],
  ['store', 'src-main/store/files/a.ts', uses('electron')],
  ['store', 'src-main/store/workspace/a.ts', uses('../../services/context')],
  ['store', 'src-main/store/export/a.ts', uses('../../api')],
  ['services', 'src-main/services/a.ts', uses('electron')],
  ['services', 'src-main/services/a.ts', uses('../shell/dialogs')],
  ['cli', 'src-main/cli/a.ts', uses('electron')],
  ['cli', 'src-main/cli.ts', uses('electron')],
  ['cli', 'src-main/cli/a.ts', uses('../shell/workspace-session')],
  ['shell', 'src-main/shell/a.ts', uses('../cli/program')],
  ['renderer', 'src-renderer/lib/a.ts', uses('../../src-main/api')],
  ['renderer', 'src-renderer/lib/a.ts', uses('../../src-main/api-methods')],
  ['renderer', 'src-renderer/lib/a.ts', usesType('../../src-main/store/workspace/workspace')],
  ['renderer', 'src-renderer/lib/a.ts', uses('../../src-main/services')],
  ['renderer', 'src-renderer/a.ts', uses('electron')],
  ['renderer', 'src-renderer/a.ts', uses('node:path')],
]

const allowed: Array<[layer: string, file: string, code: string]> = [
  ['core', 'src-main/core/export/a.ts', uses('../model')],
  ['store', 'src-main/store/workspace/a.ts', uses('node:fs/promises') + uses('../../core/model', 'b')],
  ['services', 'src-main/services/a.ts', uses('../store/workspace/workspace')],
  ['cli', 'src-main/cli/a.ts', uses('../services')],
  ['shell', 'src-main/shell/a.ts', uses('electron')],
  ['renderer', 'src-renderer/lib/a.ts', usesType('../../src-main/api') + uses('../../src-main/core/offsets', 'b')],
]

describe('the layer map, enforced by lint', () => {
  it.each(forbidden)('%s refuses: %s with %j', async (_layer, file, code) => {
    expect(await layerErrors(code, file)).toHaveLength(1)
  })

  it.each(allowed)('%s allows: %s with %j', async (_layer, file, code) => {
    expect(await layerErrors(code, file)).toEqual([])
  })
})
