/** The window's layout in English: the side panels' toggles, the labels that did not fit, a span's full text. */
export const layoutEn = {
  documents: 'Documents',
  documentsHint: 'Show or hide the document list',
  spans: 'Spans',
  spansHint: 'Show or hide the span panel',
  moreLabels: (n: number) => `${n} more`,
  moreLabelsHint: 'Labels that do not fit in the toolbar',
  fullText: 'Show the whole text',
  shortText: 'Show less',
  spanText: 'Span text',
}
export type LayoutMessages = typeof layoutEn
