/** One Vietnamese term per idea: "to do" is "chưa làm" everywhere, never "cần làm". */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(import.meta.dirname, '../../../../src-renderer')
const viFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /(^|[-/])vi\.ts$/.test(f))
    .map((f) => join(dir, f))

describe('Vietnamese catalogues', () => {
  it('say "chưa làm" for the to-do status, never "cần làm"', () => {
    const files = viFiles(root)
    expect(files.length).toBeGreaterThan(3)
    for (const file of files) expect(readFileSync(file, 'utf8').normalize('NFC'), file).not.toMatch(/cần làm/i)
  })
})
