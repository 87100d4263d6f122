/**
 * The one keymap (core/keymap.ts) that the menu, the window and the `?` sheet
 * read: one key never means two things where the focus is, and the menu shows
 * the key that works.
 */
import { describe, expect, it } from 'vitest'
import { KEYMAP, matches, commandOf, parseChord, toAccelerator, type Binding, type KeyContext, type KeyPress } from '../../../src-main/core/keymap'

const press = (key: string, mods: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress => ({ key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...mods })

/** Contexts whose keys can meet: the window's keys also reach the text, and 'anywhere' reaches both. */
const POOLS: KeyContext[][] = [['anywhere', 'window', 'text'], ['view'], ['review']]

/** A chord written one way, so 'Shift+Alt+X' and 'Alt+Shift+X' count as one key. */
const normal = (chord: string): string => {
  const { key, mod, shift, alt } = parseChord(chord)
  return `${mod ? 'Mod+' : ''}${alt ? 'Alt+' : ''}${shift ? 'Shift+' : ''}${key.toUpperCase()}`
}

describe('the keymap', () => {
  it('has no two commands on one key where they could both be reached', () => {
    for (const pool of POOLS) {
      const seen = new Map<string, string>()
      for (const binding of KEYMAP as readonly Binding[]) {
        if (!pool.includes(binding.context)) continue
        for (const chord of binding.keys) {
          const key = normal(chord)
          expect(seen.get(key), `${chord} in ${pool.join('/')}`).toBeUndefined()
          seen.set(key, binding.command)
        }
      }
    }
  })

  it('names each command once, and shows in the menu the key that works', () => {
    const commands = KEYMAP.map((b) => b.command)
    expect(new Set(commands).size).toBe(commands.length)
    const menu = (KEYMAP as readonly Binding[]).filter((b) => b.accelerator)
    expect(menu.map((b) => b.command)).toContain('undo')
    for (const binding of menu) expect(binding.accelerator, binding.command).toBe(toAccelerator(binding.keys[0] as string))
  })

  it('matches a press by its modifiers exactly, a letter by its character or its physical key', () => {
    expect(matches(press('T', { ctrlKey: true, shiftKey: true, code: 'KeyT' }), 'Mod+Shift+T')).toBe(true)
    expect(matches(press('Ţ', { metaKey: true, shiftKey: true, code: 'KeyT' }), 'Mod+Shift+T')).toBe(true)
    expect(matches(press('t', { ctrlKey: true, code: 'KeyT' }), 'Mod+Shift+T')).toBe(false)
    expect(matches(press('T', { ctrlKey: true, shiftKey: true, altKey: true }), 'Mod+Shift+T')).toBe(false)
    // '?' is typed with Shift on most layouts: Shift is part of the key.
    expect(matches(press('?', { shiftKey: true }), '?')).toBe(true)
    expect(matches(press('F3', { shiftKey: true }), 'F3')).toBe(false)
  })

  it('finds the command of a key only in its context', () => {
    expect(commandOf(press('ArrowLeft', { altKey: true, shiftKey: true }), 'text')?.command).toBe('start-left')
    expect(commandOf(press('F8', { shiftKey: true }), 'anywhere')?.command).toBe('previous-unfinished')
    expect(commandOf(press('z', { ctrlKey: true }), 'review')?.command).toBe('review-undo')
    expect(commandOf(press('ArrowLeft'), 'window')).toBeNull()
  })
  it('steps, accepts and rejects suggestions with letters wherever the focus is outside a field (as label keys work); Shift+A is not A', () => {
    expect(commandOf(press('n'), 'window')?.command).toBe('suggestion-next')
    expect(commandOf(press('p'), 'window')?.command).toBe('suggestion-previous')
    expect(commandOf(press('a'), 'window')?.command).toBe('suggestion-accept')
    expect(commandOf(press('A', { shiftKey: true }), 'window')?.command).toBe('suggestion-accept-all')
    expect(commandOf(press('x'), 'window')?.command).toBe('suggestion-reject')
    expect(commandOf(press('a', { ctrlKey: true }), 'window')).toBeNull()
    // Review mode keeps its own N, P and A.
    expect(commandOf(press('n'), 'review')?.command).toBe('review-next')
    expect(commandOf(press('a'), 'anywhere')).toBeNull()
  })
})
