/** The schema that checks a label's stored attribute definitions (see attribute-defaults.ts). */
import { z } from 'zod'
import { ATTRIBUTE_TYPES, type AttributeDefinition as Definition } from './attribute-defaults'

export { ATTRIBUTE_TYPES, DEFAULT_ATTRIBUTES, attributeDefinitions, type AttributeType } from './attribute-defaults'

export const AttributeId = z.string().regex(/^[a-z][a-z0-9_]{0,63}$/, 'an attribute id is lower-case letters, digits or "_", starting with a letter')

export const AttributeDefinition = z.strictObject({
  id: AttributeId,
  name: z.string().min(1).max(100),
  /** Name in Vietnamese, shown when the interface is in Vietnamese. */
  name_vi: z.string().max(100),
  type: z.enum(ATTRIBUTE_TYPES),
}) satisfies z.ZodType<Definition>
export type AttributeDefinition = Definition
