import { z } from 'zod'
import { DocumentId, DocumentStatus } from './document'
import { Label } from './label'
import { SCHEMA_VERSIONS } from './schema-version'

export const IndexEntry = z.strictObject({
  id: DocumentId,
  title: z.string(),
  source: z.string(),
  status: DocumentStatus,
  /** A cache of the document file's span count, so the sidebar needs no document file. */
  span_count: z.number().int().nonnegative(),
})
export type IndexEntry = z.infer<typeof IndexEntry>

/** The workspace's small index file: settings and the ordered document list. */
export const WorkspaceIndex = z.strictObject({
  schema: z.literal(SCHEMA_VERSIONS.index),
  annotator: z.string(),
  labels: z.array(Label),
  documents: z.array(IndexEntry),
})
export type WorkspaceIndex = z.infer<typeof WorkspaceIndex>
