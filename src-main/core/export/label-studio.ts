/**
 * `label-studio`: a JSON list of Label Studio tasks for a `<Labels name="label"
 * toName="text">` / `<Text name="text" value="$text">` labelling config.
 */
import type { CanonicalRecord } from '../model/canonical-record'
import type { Encoded, FileEncoder } from './types'

export function labelStudioEncoder(): FileEncoder {
  return { layout: 'file', begin: '[\n', separator: ',\n', end: '\n]\n', empty: '[]\n', encode: encodeLabelStudio }
}

export function encodeLabelStudio(record: CanonicalRecord): Encoded {
  const task = {
    data: { text: record.text },
    meta: { id: record.id, title: record.title, source: record.source, status: record.status },
    annotations: [
      {
        result: record.spans.map((s) => ({
          id: s.id,
          from_name: 'label',
          to_name: 'text',
          type: 'labels',
          value: { start: s.start, end: s.end, text: s.text, labels: [s.label] },
        })),
      },
    ],
  }
  return { text: JSON.stringify(task), dropped: [] }
}
