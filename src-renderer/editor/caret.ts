/**
 * Working from the keyboard: a caret that moves token by token (Shift extends it),
 * stepping through spans, moving the selected span's boundaries by one token, and
 * choosing among spans that overlap. A click picks spans the same way.
 */
import type { Span } from '../../src-main/core/model/span'
import { compareSpans } from '../../src-main/core/model/span-order'
import type { Token } from './token-index'
import { t } from '../i18n'
import type { AppContext } from '../app/context'
import type { SpanEditor } from './span-editor'

export interface CaretCommands {
  moveCaret(direction: 1 | -1, extend: boolean): void
  /** Selects the next (1) or previous (-1) span in text order; false when there is none (Tab then moves the focus on). */
  stepSpan(direction: 1 | -1): boolean
  /** Moves the selected span's start or end by one token: -1 to the left, 1 to the right. */
  moveBoundary(side: 'start' | 'end', direction: 1 | -1): void
  /** Among the spans over the point last clicked (or the selected span's start): the next larger (1) or smaller (-1), wrapping. */
  cycleOverlap(direction: 1 | -1): void
  /** A click at a code point: the innermost span there; again, the next one outward. Else the caret goes there. */
  pickAt(offset: number): void
  /** Puts the keyboard focus on the selected span's note. */
  openNote(): void
  /** The mouse selected text: the caret and the selected span give way to it. */
  releaseCaret(): void
}

/** Spans over code point `at`, innermost (shortest) first. */
function covering(spans: readonly Span[], at: number): Span[] {
  return spans.filter((s) => s.start <= at && at < s.end).sort((a, b) => a.end - a.start - (b.end - b.start) || compareSpans(a, b))
}

export function createCaretCommands(ctx: AppContext, editor: SpanEditor): CaretCommands {
  let clicked: string | null = null
  let point: number | null = null
  const placeCaret = (focus: Token | null, extend: boolean): void => {
    window.getSelection()?.removeAllRanges()
    ctx.cursor.set(focus, extend)
    const range = ctx.cursor.range
    ctx.textSelection.set(range, 'keys')
    if (range) {
      ctx.doc.select(null)
      ctx.doc.revealOffsets(focus?.[0] ?? range.start, focus?.[1] ?? range.end)
    }
  }
  const pick = (span: Span | null): void => {
    ctx.cursor.set(null)
    ctx.textSelection.set(null)
    if (span) ctx.doc.reveal(span.id)
    else ctx.doc.select(null)
  }

  return {
    moveCaret(direction, extend) {
      const tokens = ctx.doc.tokens
      if (!tokens) return
      let focus = ctx.cursor.focus
      const pending = ctx.textSelection.source === 'mouse' ? ctx.textSelection.range : null
      const selected = ctx.doc.selected
      if (!focus && pending) {
        // Start from the mouse selection: its whole tokens, the focus at the end it grows from.
        ctx.cursor.set(tokens.wordAt(pending.start) ?? tokens.wordAfter(pending.start))
        focus = tokens.wordAt(pending.end - 1) ?? tokens.wordBefore(pending.end) ?? tokens.wordAfter(pending.start)
        ctx.cursor.set(focus, true)
      } else if (!focus) {
        const from = selected ? (direction > 0 ? selected.end : selected.start) : ctx.doc.viewportStart
        const first = direction > 0 || !selected ? tokens.wordAfter(from) : tokens.wordBefore(from)
        placeCaret(first, false)
        return
      }
      // Word by word (core/caret-words.ts): a date is one step, punctuation none.
      const next = focus && (direction > 0 ? tokens.wordAfter(focus[1]) : tokens.wordBefore(focus[0]))
      placeCaret(next ?? focus, extend)
    },
    stepSpan(direction) {
      const spans = ctx.doc.spans
      const selected = ctx.doc.selected
      let next: Span | undefined
      if (selected) next = spans[spans.indexOf(selected) + direction]
      else {
        const from = ctx.cursor.range?.start ?? ctx.doc.viewportStart
        next = direction > 0 ? spans.find((s) => s.start >= from) : spans.findLast((s) => s.start < from)
      }
      if (!next) return false
      pick(next)
      return true
    },
    moveBoundary(side, direction) {
      const span = ctx.doc.selected
      const tokens = ctx.doc.tokens
      if (!span || !tokens) return
      const to =
        side === 'start'
          ? direction < 0
            ? tokens.startBefore(span.start)
            : tokens.startAfter(span.start)
          : direction > 0
            ? tokens.endAfter(span.end)
            : tokens.endBefore(span.end)
      const [start, end] = side === 'start' ? [to, span.end] : [span.start, to]
      if (start === null || end === null || start >= end) return
      if (editor.apply([{ op: 'update', id: span.id, start, end }], t().editor.boundaryFailed)) ctx.doc.revealOffsets(start, end)
    },
    cycleOverlap(direction) {
      const selected = ctx.doc.selected
      // Around the point last clicked while the span there stays selected, else the span's start.
      const at = selected && point !== null && selected.start <= point && point < selected.end ? point : (selected?.start ?? ctx.cursor.range?.start)
      if (at === undefined) return
      point = at
      const over = covering(ctx.doc.spans, at)
      if (over.length === 0) return
      const i = selected ? over.findIndex((s) => s.id === selected.id) : -1
      pick(i < 0 ? (over[0] as Span) : (over[(((i + direction) % over.length) + over.length) % over.length] as Span))
    },
    pickAt(offset) {
      point = offset
      const over = covering(ctx.doc.spans, offset)
      // A click again on the span the last click picked goes one span outward.
      const again = ctx.doc.selectedId !== null && ctx.doc.selectedId === clicked ? over.findIndex((s) => s.id === clicked) : -1
      const chosen = over[again < 0 ? 0 : (again + 1) % over.length]
      clicked = chosen?.id ?? null
      if (chosen) {
        pick(chosen)
        return
      }
      ctx.doc.select(null)
      placeCaret(ctx.doc.tokens?.wordAt(offset) ?? null, false)
    },
    releaseCaret() {
      ctx.cursor.set(null)
      if (ctx.doc.selectedId !== null) ctx.doc.select(null)
    },
    openNote() {
      if (!ctx.doc.selected) return
      ctx.panel.noteRequest++
    },
  }
}
