/**
 * Checks a changed label schema before it replaces the workspace's. Spans refer
 * to labels by id, so an id that spans may use can never vanish here: removing
 * a label goes through removeLabel, which says how many spans it has first.
 */
import { SpanwrightError } from './errors'
import { attributeDefinitions } from './model/attribute-definition'
import type { Label } from './model/label'

/** Keys the window keeps for itself: a label cannot take them as its hotkey. */
export const RESERVED_HOTKEYS: readonly string[] = ['?', ' ']

export function checkLabelSchema(current: readonly Label[], next: readonly Label[]): void {
  const fail = (message: string): never => {
    throw new SpanwrightError('invalid_argument', message)
  }
  if (next.length === 0) fail('a workspace needs at least one label')
  const ids = new Set<string>()
  const hotkeys = new Map<string, string>()
  for (const label of next) {
    if (ids.has(label.id)) fail(`two labels have the id "${label.id}"`)
    ids.add(label.id)
    if (!label.name.trim()) fail(`the label "${label.id}" needs a name`)
    attributeProblem(current.find((l) => l.id === label.id), label, fail)
    if (!label.hotkey) continue
    if (RESERVED_HOTKEYS.includes(label.hotkey)) fail(`"${label.hotkey}" is kept for the app; choose another hotkey for ${label.name}`)
    const other = hotkeys.get(label.hotkey.toLowerCase())
    if (other) fail(`${other} and ${label.name} both have the hotkey "${label.hotkey}"`)
    hotkeys.set(label.hotkey.toLowerCase(), label.name)
  }
  const missing = current.filter((l) => !ids.has(l.id))
  if (missing.length) {
    fail(`the labels ${missing.map((l) => `"${l.id}"`).join(', ')} are missing: a label is removed on its own, after its spans are counted`)
  }
}

/** Attribute ids are unique per label, and a saved attribute keeps its type: spans may hold values of it. */
function attributeProblem(before: Label | undefined, label: Label, fail: (message: string) => never): void {
  const seen = new Set<string>()
  const old = new Map((before ? attributeDefinitions(before) : []).map((a) => [a.id, a.type]))
  for (const attribute of label.attributes ?? []) {
    if (seen.has(attribute.id)) fail(`${label.name} has two attributes "${attribute.id}"`)
    seen.add(attribute.id)
    const type = old.get(attribute.id)
    if (type && type !== attribute.type) {
      fail(`the ${label.name} attribute "${attribute.id}" is a ${type}; its type cannot change (spans may hold values): add a new attribute instead`)
    }
  }
}
