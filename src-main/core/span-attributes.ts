/**
 * Checks a span's attributes against its label's typed definitions. Values a
 * label does not define are kept as they are (imported from another tool, or a
 * definition removed since): only defined ones are checked.
 */
import { attributeDefinitions, type AttributeDefinition } from './model/attribute-defaults'
import type { Label } from './model/label'
import type { Span } from './model/span'

type Json = Span['attributes'][string]

const MAX_TEXT = 1000

function valueProblem(def: AttributeDefinition, value: Json): string | null {
  if (value === null) return null
  switch (def.type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'must be a number'
    case 'text':
      return typeof value === 'string' && value.length <= MAX_TEXT ? null : `must be text of at most ${MAX_TEXT} characters`
    case 'list':
      return Array.isArray(value) && value.every((v) => typeof v === 'string' && v.trim() !== '' && v.length <= MAX_TEXT)
        ? null
        : 'must be a list of non-empty texts'
  }
}

/** Why these attributes cannot belong to a span of `label`, or null when they can. */
export function attributesProblem(label: Pick<Label, 'id' | 'attributes'>, attributes: Readonly<Record<string, Json>>): string | null {
  for (const def of attributeDefinitions(label)) {
    if (!Object.hasOwn(attributes, def.id)) continue
    const problem = valueProblem(def, attributes[def.id] as Json)
    if (problem) return `the ${label.id} attribute "${def.id}" ${problem}, not ${JSON.stringify(attributes[def.id])}`
  }
  return null
}
