/**
 * Typed span attributes a label defines (docs/format.md: "Labels may carry typed
 * attributes"), and the default schema's. Free of zod, so the window can use it;
 * the schema that checks stored definitions is in attribute-definition.ts.
 */
export const ATTRIBUTE_TYPES = ['number', 'text', 'list'] as const
/** number: a finite number; text: a string; list: strings (say, the parties to an agreement). */
export type AttributeType = (typeof ATTRIBUTE_TYPES)[number]

export interface AttributeDefinition {
  id: string
  name: string
  /** Name in Vietnamese, shown when the interface is in Vietnamese. */
  name_vi: string
  type: AttributeType
}

const PARTIES: AttributeDefinition = { id: 'parties', name: 'Parties', name_vi: 'Các bên', type: 'list' }

/** The default schema's attributes, by label id. */
export const DEFAULT_ATTRIBUTES = {
  commitment: [PARTIES],
  agreement: [PARTIES],
  figure: [
    { id: 'value', name: 'Value', name_vi: 'Giá trị', type: 'number' },
    { id: 'unit', name: 'Unit', name_vi: 'Đơn vị', type: 'text' },
  ],
} satisfies Record<string, readonly AttributeDefinition[]>

const defaults = new Map<string, readonly AttributeDefinition[]>(Object.entries(DEFAULT_ATTRIBUTES))

/**
 * A label's attribute definitions. A label saved before attributes existed has
 * none stored: the default schema's labels then get their defaults; an empty
 * list stored on purpose stays empty.
 */
export function attributeDefinitions(label: { id: string; attributes?: readonly AttributeDefinition[] | undefined }): readonly AttributeDefinition[] {
  return label.attributes ?? defaults.get(label.id) ?? []
}
