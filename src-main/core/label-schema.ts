/**
 * Checks a changed label schema before it replaces the workspace's. Spans refer
 * to labels by id, so an id that spans may use can never vanish here: removing
 * a label goes through removeLabel, which says how many spans it has first.
 */
import { SpanwrightError } from './errors'
import { KEYMAP } from './keymap'
import { attributeDefinitions } from './model/attribute-definition'
import type { Label } from './model/label'

/** Keys the window keeps for itself: a label cannot take them as its hotkey. */
export const RESERVED_HOTKEYS: readonly string[] = ['?', ' ']

/** Two names are the same label's when they match trimmed, NFC-normalised, in any case. */
export const nameKey = (name: string): string => name.normalize('NFC').trim().toLocaleLowerCase('vi')

/** The window's own one-key shortcuts (N, P, A, X, ?…): a label hotkey there would never reach the label. */
export const APP_KEYS: ReadonlySet<string> = new Set(
  KEYMAP.filter((b) => b.context === 'window' || b.context === 'text' || b.context === 'anywhere')
    .flatMap((b) => b.keys as readonly string[])
    .filter((k) => k.length === 1)
    .map((k) => k.toLowerCase()),
)

export type LabelProblem =
  | { index: number; field: 'name'; kind: 'empty' }
  | { index: number; field: 'name'; kind: 'duplicate'; other: string }
  | { index: number; field: 'hotkey'; kind: 'taken'; other: string }
  | { index: number; field: 'hotkey'; kind: 'app' }

/** What the label editor shows next to a field and the services refuse: empty or duplicate names, hotkeys taken. */
export function labelProblems(labels: readonly Pick<Label, 'name' | 'hotkey'>[]): LabelProblem[] {
  const out: LabelProblem[] = []
  const names = new Map<string, string>()
  const keys = new Map<string, string>()
  labels.forEach((label, index) => {
    const key = nameKey(label.name)
    if (!key) out.push({ index, field: 'name', kind: 'empty' })
    else {
      const other = names.get(key)
      if (other !== undefined) out.push({ index, field: 'name', kind: 'duplicate', other })
      else names.set(key, label.name.trim())
    }
    const hotkey = label.hotkey?.toLowerCase()
    if (!hotkey) return
    if (RESERVED_HOTKEYS.includes(hotkey) || APP_KEYS.has(hotkey)) out.push({ index, field: 'hotkey', kind: 'app' })
    else {
      const other = keys.get(hotkey)
      if (other !== undefined) out.push({ index, field: 'hotkey', kind: 'taken', other })
      else keys.set(hotkey, label.name.trim())
    }
  })
  return out
}

export function checkLabelSchema(current: readonly Label[], next: readonly Label[]): void {
  const fail = (message: string): never => {
    throw new SpanwrightError('invalid_argument', message)
  }
  if (next.length === 0) fail('a workspace needs at least one label')
  const ids = new Set<string>()
  const hotkeys = new Map<string, string>()
  const names = new Map<string, string>()
  for (const label of next) {
    if (ids.has(label.id)) fail(`two labels have the id "${label.id}"`)
    ids.add(label.id)
    if (!label.name.trim()) fail(`the label "${label.id}" needs a name`)
    const same = names.get(nameKey(label.name))
    if (same) fail(`the labels "${same}" and "${label.id}" are both named "${label.name.trim()}": give each label a name of its own`)
    names.set(nameKey(label.name), label.id)
    attributeProblem(current.find((l) => l.id === label.id), label, fail)
    if (!label.hotkey) continue
    if (RESERVED_HOTKEYS.includes(label.hotkey) || APP_KEYS.has(label.hotkey.toLowerCase())) fail(`"${label.hotkey}" is kept for the app; choose another hotkey for ${label.name}`)
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
