/**
 * Review mode's words in English. Kept beside the review code (vi.ts is typed
 * against this one) and chosen by the interface language of i18n/.
 */
import type { DiffClass, ReviewDecision } from '../../../src-main/api'

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

const classes: Record<DiffClass, string> = { match: 'match', relabel: 'relabel', boundary: 'boundary', only_a: 'only A', only_b: 'only B' }
const decisions: Record<ReviewDecision, string> = { accept_a: 'Accept A', accept_b: 'Accept B', keep_both: 'Keep both', drop_both: 'Drop both' }

export const reviewEn = {
  mode: 'Review mode',
  against: (file: string) => `Reviewing against ${file}`,
  sides: (a: string, b: string) => `A is this workspace (${a}); B is ${b}.`,
  close: 'Close review',
  closeHint: 'Back to annotating; decisions stay saved',
  tabs: { name: 'Review views', differences: 'Differences', agreement: 'Agreement' },
  toDecide: (n: number) => `${n} to decide`,
  allDone: 'all decided',
  noneToReview: 'no differences',
  classes,
  classHints: {
    match: 'Same extent and label on both sides',
    relabel: 'Same extent, different label',
    boundary: 'Same label, overlapping but different extents',
    only_a: 'Only A has this span',
    only_b: 'Only B has this span',
  } satisfies Record<DiffClass, string>,
  decisions,
  decided: {
    accept_a: 'A accepted',
    accept_b: 'B accepted',
    keep_both: 'both kept',
    drop_both: 'both dropped',
  } satisfies Record<ReviewDecision, string>,
  undecided: 'to decide',
  keys: {
    heading: 'Keys',
    next: 'Next difference',
    previous: 'Previous difference',
    undo: 'Undo the last decision',
    undoShort: 'Undo',
    redo: 'Redo',
    clear: 'Clear the decision',
  },
  position: (i: number, n: number) => `Difference ${i} of ${n}`,
  noDifferences: 'A and B agree on every span of this document.',
  onlyHere: 'Only this workspace has this document: there is nothing to compare.',
  chooseDocument: 'Choose a document on the left to review it.',
  legend: 'What the marks mean',
  current: 'current difference',
  decidedMark: 'decided',
  sideA: 'A',
  sideB: 'B',
  noSpan: 'no span',
  documents: 'Documents',
  onlyA: 'only in this workspace',
  onlyB: 'only in B: not reviewable here',
  differencesHeading: 'Differences',
  noneListed: 'No differences.',
  text: 'Document text under review',
  end: 'No more differences in that direction.',
  nothingToUndo: 'No decision to undo.',
  failed: {
    compare: 'Could not open the comparison',
    open: 'Could not open the document for review',
    decide: 'Could not save the decision',
  },
  resume: {
    text: (file: string, decisions: number, documents: number) =>
      `A review against ${file} is under way: ${plural(decisions, 'decision', 'decisions')} in ${plural(documents, 'document', 'documents')}.`,
    action: 'Resume review',
    dismiss: 'Not now',
  },
  agreement: {
    heading: 'Agreement',
    scope: (paired: number, onlyA: number, onlyB: number) =>
      `${plural(paired, 'paired document', 'paired documents')}` +
      (onlyA || onlyB ? ` (${onlyA} only in A, ${onlyB} only in B, not scored)` : '') +
      '. Spans of B scored against A.',
    exactF1: 'F1 exact',
    partialF1: 'F1 partial',
    kappa: 'Cohen’s κ',
    alpha: 'Krippendorff’s α',
    meanKappa: 'Mean κ',
    meanAlpha: 'Mean α',
    microExact: 'F1 exact (micro)',
    microPartial: 'F1 partial (micro)',
    na: 'n/a',
    naHint: 'Undefined: one side has no span (or no token) of this label',
    chart: 'Agreement per label',
    chartHint: 'κ and α per token; F1 of B’s spans against A’s. Bars start at 0; n/a is undefined, not 0.',
    label: 'Label',
    figure: 'Figure',
    value: 'Value',
    classes: 'Spans by difference class',
    confusion: 'Relabels',
    confusionHint: 'Same extent, different label: A’s label (rows) against B’s (columns).',
    noRelabels: 'No span was relabelled.',
    rowsA: 'A ↓ / B →',
    lowest: 'Documents with the lowest agreement',
    lowestHint: 'Click a row to review that document.',
    sortBy: (figure: string) => `Sort by ${figure}`,
    title: 'Document',
    pending: 'To decide',
    open: (title: string) => `Review “${title}”`,
    showAll: (n: number) => `Show all ${n}`,
    noPaired: 'No document is on both sides: nothing to score.',
  },
  overwrite: {
    notice: (path: string) =>
      `Each decision writes the gold spans into this workspace (${path}), over your own annotations. Review into a copy instead?`,
    copy: 'Review into a copy',
    here: 'Write here',
    copied: (path: string) => `Reviewing into a copy, ${path}: the gold spans are written there, and your annotations here stay as they were.`,
    failed: 'Could not copy the workspace',
  },
}

export type ReviewMessages = typeof reviewEn
