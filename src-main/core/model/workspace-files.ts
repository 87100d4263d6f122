import { z } from 'zod'
import { DocumentId, DocumentStatus } from './document'
import { SCHEMA_VERSIONS } from './schema-version'

/** A moment as it appears in file names: 2026-11-23T08:00:00.000Z → 20261123T080000000Z. */
export const fileStamp = (iso: string): string => iso.replace(/[-:.]/g, '')
const STAMP = '[0-9]{8}T[0-9]{9}Z(?:-[0-9]{1,4})?'

/** The name of a trashed document: `<document id>.<when it was deleted>`. */
export const TrashId = z.string().regex(new RegExp(`^[0-9a-f]{16}\\.${STAMP}$`), 'a trash id is a document id, ".", and a time stamp')

/** A conflict copy, saved beside its document: `<document id>.conflict-<when>.json`. */
export const ConflictCopyName = z
  .string()
  .regex(new RegExp(`^[0-9a-f]{16}\\.conflict-${STAMP}\\.json$`), 'a conflict copy is named <document id>.conflict-<time stamp>.json')

/** What a trashed document needs besides its file to come back where it was. */
export const TrashRecord = z.strictObject({
  schema: z.literal(SCHEMA_VERSIONS.trash),
  id: DocumentId,
  title: z.string(),
  source: z.string(),
  status: DocumentStatus,
  span_count: z.number().int().nonnegative(),
  /** Its place in the document list when it was deleted. */
  position: z.number().int().nonnegative(),
  deleted_at: z.iso.datetime(),
})
export type TrashRecord = z.infer<typeof TrashRecord>
