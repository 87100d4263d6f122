/** A document's review status. Free of zod, so the window can list them without bundling the schemas. */
export const DOCUMENT_STATUSES = ['todo', 'in_progress', 'done', 'skipped'] as const
export type DocumentStatusName = (typeof DOCUMENT_STATUSES)[number]
