/** Find in the document (Ctrl+F): stepping through hits, and labelling all of them in one undoable step. */
import { nanoid } from 'nanoid'
import type { SpanEdit } from '../../src-main/core/model/span-edit'
import { snapRange } from '../../src-main/core/snap'
import { labelName, t } from '../i18n'
import type { AppContext } from '../app/context'
import type { SpanEditor } from '../editor/span-editor'

export interface FindCommands {
  openFind(): void
  closeFind(): void
  /** Makes the next (1) or previous (-1) hit current and scrolls to it, wrapping around. */
  findNext(direction: 1 | -1): void
  /** The query or an option changed: the first hit at or after the caret (or the top of the view) becomes current. */
  findChanged(): void
  /** Tags every hit not yet a span of the label (snapped to whole tokens, as a drag is), as one step. */
  labelAllMatches(labelId: string): void
}

export function createFindCommands(ctx: AppContext, editor: SpanEditor): FindCommands {
  const show = (index: number): void => {
    ctx.find.current = index
    const hit = ctx.find.matches[index]
    if (hit) ctx.doc.revealOffsets(hit[0], hit[1])
  }
  const findChanged = (): void => {
    const from = ctx.cursor.range?.start ?? ctx.doc.selected?.start ?? ctx.doc.viewportStart
    const index = ctx.find.matches.findIndex(([s]) => s >= from)
    if (ctx.find.matches.length === 0) ctx.find.current = -1
    else show(index < 0 ? 0 : index)
  }
  return {
    openFind() {
      const reopened = !ctx.find.open && ctx.find.query !== ''
      ctx.find.open = true
      ctx.find.focusRequest++
      if (reopened) findChanged()
    },
    closeFind() {
      ctx.find.open = false
      ctx.find.current = -1
      document.querySelector<HTMLElement>('article.text')?.focus({ preventScroll: true })
    },
    findNext(direction) {
      const n = ctx.find.matches.length
      if (!ctx.find.open) ctx.find.open = true
      if (n === 0) return
      const at = ctx.find.current < 0 ? (direction > 0 ? -1 : 0) : ctx.find.current
      show((((at + direction) % n) + n) % n)
    },
    findChanged,
    labelAllMatches(labelId) {
      const map = ctx.doc.offsetMap
      const label = ctx.workspace.label(labelId)
      if (!map || !label) return
      const taken = new Set(ctx.doc.spans.filter((s) => s.label === labelId).map((s) => `${s.start}:${s.end}`))
      const edits: SpanEdit[] = []
      for (const [s, e] of ctx.find.matches) {
        const range = snapRange(map, s, e, 'token')
        const key = range && `${range[0]}:${range[1]}`
        if (!range || !key || taken.has(key)) continue
        taken.add(key)
        edits.push({ op: 'add', span: { id: nanoid(12), start: range[0], end: range[1], label: labelId } })
      }
      const skipped = ctx.find.matches.length - edits.length
      if (edits.length === 0) {
        ctx.notices.toast(t().editor.nothingToLabel(labelName(label)))
        return
      }
      if (!editor.apply(edits, t().editor.labelAllFailed) || !ctx.doc.id) return
      // Tied to its undo step: Ctrl+Z takes the message back with the spans.
      ctx.notices.toast(t().editor.labelledAll(edits.length, labelName(label), skipped), undefined, ctx.history.latest(ctx.doc.id) ?? undefined)
    },
  }
}
