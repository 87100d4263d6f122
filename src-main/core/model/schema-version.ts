/**
 * The schema version this build writes into each kind of file. A file carries
 * its version in `schema`; older files are migrated on open (./migrations),
 * newer ones are refused and left as they are.
 */
export const SCHEMA_VERSIONS = {
  /** spanwright.json */
  index: 1,
  /** documents/<id>.json, and conflict copies beside them */
  document: 1,
  /** trash/<id>.<stamp>.meta.json */
  trash: 1,
  /** .spanwright.lock */
  lock: 1,
} as const

export type FileKind = keyof typeof SCHEMA_VERSIONS
