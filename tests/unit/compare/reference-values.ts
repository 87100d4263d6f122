/** Reads a fixture pair and its reference values (scripts/reference-agreement.py). */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Agreement, DiffCounts } from '../../../src-main/core/compare'
import { readCanonicalJsonl } from '../../../src-main/core/import'
import type { CanonicalRecord } from '../../../src-main/core/model'

export const FIXTURES = fileURLToPath(new URL('../../fixtures/compare/', import.meta.url))
export const PAIRS = ['seed', 'tiny'] as const

export interface Reference {
  documents: { paired: number; only_a: number; only_b: number }
  counts: DiffCounts
  agreement: Agreement
}

export function readSide(file: string): CanonicalRecord[] {
  const { records, problems } = readCanonicalJsonl(readFileSync(file, 'utf8'), file)
  if (problems.length) throw new Error(`${file}: ${problems[0]?.message}`)
  return records.map((r) => r.record)
}

export const readReference = (prefix: string): Reference =>
  JSON.parse(readFileSync(`${FIXTURES}${prefix}-reference.json`, 'utf8')) as Reference

/** Every leaf of `actual` against `expected`: same keys in the same order, same nulls, numbers within `tolerance`. */
export function differences(actual: unknown, expected: unknown, tolerance: number, path = ''): string[] {
  if (typeof actual === 'number' && typeof expected === 'number') {
    return Math.abs(actual - expected) <= tolerance ? [] : [`${path}: ${actual} vs ${expected}`]
  }
  if (actual === null || expected === null || typeof actual !== 'object' || typeof expected !== 'object') {
    return actual === expected ? [] : [`${path}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)}`]
  }
  const ka = Object.keys(actual)
  const ke = Object.keys(expected)
  if (ka.join() !== ke.join()) return [`${path}: keys ${ka.join(',')} vs ${ke.join(',')}`]
  return ka.flatMap((k) =>
    differences((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k], tolerance, `${path}.${k}`),
  )
}
