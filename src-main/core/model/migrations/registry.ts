import type { Migration } from './migration'

/**
 * Every migration, oldest first. To change a file format: raise its number in
 * SCHEMA_VERSIONS, add a file here with the step (`{ kind, from, summary, up }`),
 * and add one line below. Keep a fixture file of the old version in
 * tests/fixtures/store/ so the step stays tested.
 *
 * Empty: schema 1 is the first released version of every file.
 */
export const MIGRATIONS: readonly Migration[] = []
