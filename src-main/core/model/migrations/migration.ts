import type { FileKind } from '../schema-version'

export type JsonObject = Record<string, unknown>

/** One step of one kind of file, from schema `from` to `from + 1`. */
export interface Migration {
  kind: FileKind
  from: number
  /** What the step changes, in a few words (logged, and named in the backup's folder). */
  summary: string
  /** Returns the file's data at `from + 1`; never mutates its input. */
  up(data: JsonObject): JsonObject
}

export type UpgradeResult =
  | { status: 'current'; data: JsonObject }
  | { status: 'migrated'; data: JsonObject; from: number; steps: string[] }
  | { status: 'newer'; version: number }
  | { status: 'unversioned' }
  | { status: 'no_migration'; version: number }

/**
 * Brings parsed file data up to `current` by running the registry's steps in
 * order. Pure: the store decides what to back up and write.
 */
export function upgrade(kind: FileKind, data: unknown, current: number, registry: readonly Migration[]): UpgradeResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { status: 'unversioned' }
  const version = (data as JsonObject).schema
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { status: 'unversioned' }
  if (version > current) return { status: 'newer', version }
  if (version === current) return { status: 'current', data: data as JsonObject }
  let out = data as JsonObject
  const steps: string[] = []
  for (let v = version; v < current; v++) {
    const step = registry.find((m) => m.kind === kind && m.from === v)
    if (!step) return { status: 'no_migration', version: v }
    out = { ...step.up(out), schema: v + 1 }
    steps.push(`${v}→${v + 1}: ${step.summary}`)
  }
  return { status: 'migrated', data: out, from: version, steps }
}
