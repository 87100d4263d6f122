/**
 * What a reviewer does: open a comparison, open a document, step through its
 * differences, decide each one, undo and redo. Decisions run one at a time in
 * the order taken; the state changes only with what the service answered.
 */
import type { ReviewDecision, ReviewDocumentView, WindowApi } from '../../src-main/api'
import type { AppCommand } from '../../src-main/api-methods'
import { createSerialQueue } from '../app/serial'
import type { NoticesState } from '../ui/notices.svelte'
import type { WorkspaceState } from '../sidebar/workspace.svelte'
import { differenceCount } from './agreement-figures'
import { afterDecision, differencesOf, stepKey, withDecision } from './differences'
import { rt } from './i18n'
import { reviewAction } from './review-keys'
import type { ReviewState, ReviewTab } from './review-state.svelte'

export interface ReviewHost {
  api: WindowApi
  notices: NoticesState
  workspace: WorkspaceState
  /** After Review mode closes: the open document's spans may have changed. */
  refresh(): Promise<void>
}

export interface ReviewCommands {
  /** Asks for a .jsonl file or a workspace folder, then compares the workspace with it. */
  compareFromDialog(kind: 'files' | 'folder', tab?: ReviewTab): Promise<void>
  /** Compares with the file or folder a dialog's `token` names (chooseImportPaths, getReview). */
  compare(token: string, tab?: ReviewTab): Promise<void>
  /** Opens a document for review at its first undecided difference (or its last, stepping back). */
  openDocument(docId: string, at?: 'first' | 'last'): Promise<void>
  /** The next or previous difference, across documents. */
  step(direction: 1 | -1): Promise<void>
  select(key: string): void
  /** Decides the current difference (null clears its decision) and moves to the next undecided one. */
  decide(decision: ReviewDecision | null): Promise<void>
  undo(): Promise<void>
  redo(): Promise<void>
  /** Before the first decision: copies the workspace beside it and reviews into the copy, so the annotator's own spans are kept as they are. */
  keepCopy(): Promise<void>
  showTab(tab: ReviewTab): void
  close(): Promise<void>
  /** Runs a menu command; false when it is not Review's. */
  run(command: AppCommand): boolean
  /** Handles a key press in Review mode; true when it was used. */
  key(event: KeyboardEvent): boolean
}

export function createReviewCommands(host: ReviewHost, review: ReviewState): ReviewCommands {
  const serial = createSerialQueue()
  let latest = 0
  /** Reviewing into a copy: the gold spans are the copy's, the sidebar's counts stay this workspace's. */
  let intoCopy = false

  const fail = (context: string, error: unknown): void => host.notices.fail(context, error)

  /** Keeps the sidebar's span count in step with the gold spans now in the document. */
  const noteGold = (view: ReviewDocumentView): void => {
    if (intoCopy) return
    const summary = host.workspace.documents.find((d) => d.id === view.id)
    if (summary && summary.spanCount !== view.gold.length) host.workspace.updateSummary({ ...summary, spanCount: view.gold.length })
  }

  /** `show`: switch to the differences view (not when a comparison opens its first document: the reviewer may have moved on). */
  const openDocument = async (docId: string, at: 'first' | 'last' = 'first', show = true): Promise<void> => {
    const token = ++latest
    try {
      const view = await host.api.reviewDocument({ docId })
      if (token !== latest || !review.open) return
      const differences = differencesOf(view.items)
      const start = (at === 'last' ? differences[differences.length - 1] : (differences.find((d) => !d.decision) ?? differences[0]))?.key ?? null
      review.show(view, start)
      if (show) review.setTab('differences')
      host.notices.resolve(rt().failed.open)
    } catch (error) {
      if (token === latest) fail(rt().failed.open, error)
    }
  }

  const compare = async (token: string, tab: ReviewTab = 'differences'): Promise<void> => {
    try {
      const comparison = await host.api.compareWith({ token })
      review.start(comparison, tab, review.comparison?.b.path === comparison.b.path)
      host.notices.resolve(rt().failed.compare)
      const docs = comparison.documents.filter((d) => d.present !== 'only_b')
      const first = docs.find((d) => d.pending > 0) ?? docs.find((d) => d.present === 'both') ?? docs[0]
      if (first) await openDocument(first.id, 'first', false)
    } catch (error) {
      fail(rt().failed.compare, error)
    }
  }

  /** Saves one decision change; answers the document as the service now has it, or null when it failed. */
  const save = async (docId: string, key: string, decision: ReviewDecision | null): Promise<ReviewDocumentView | null> => {
    try {
      const view = await host.api.decideReview({ docId, key, decision })
      host.notices.resolve(rt().failed.decide)
      noteGold(view)
      return view
    } catch (error) {
      fail(rt().failed.decide, error)
      return null
    }
  }

  /** Shows a document the service answered, at `key` (opening it when another one is shown). */
  const showAt = (view: ReviewDocumentView, key: string): void => {
    if (review.view?.id === view.id) {
      review.update(view)
      review.setCurrent(key)
    } else {
      latest++
      review.show(view, key)
    }
    review.setTab('differences')
  }

  const replay = (from: 'undo' | 'redo'): Promise<void> =>
    serial(async () => {
      const step = from === 'undo' ? review.history.peekUndo() : review.history.peekRedo()
      if (!step) {
        if (from === 'undo') host.notices.toast(rt().nothingToUndo)
        return
      }
      const view = await save(step.docId, step.key, from === 'undo' ? step.before : step.after)
      if (!view) return
      if (from === 'undo') review.history.undone()
      else review.history.redone()
      showAt(view, step.key)
    })

  const commands: ReviewCommands = {
    compareFromDialog: async (kind, tab) => {
      try {
        const chosen = await host.api.chooseImportPaths({ kind })
        if (chosen) await compare(chosen.token, tab)
      } catch (error) {
        fail(rt().failed.compare, error)
      }
    },
    compare,
    openDocument: (docId, at) => openDocument(docId, at),
    async step(direction) {
      const key = stepKey(review.differences, review.currentKey, direction)
      if (key) return review.setCurrent(key)
      const documents = review.comparison?.documents.filter((d) => d.present === 'both') ?? []
      const at = documents.findIndex((d) => d.id === review.view?.id)
      const next = (direction === 1 ? documents.slice(at + 1) : documents.slice(0, Math.max(0, at)).reverse()).find((d) => differenceCount(d) > 0)
      if (next) return openDocument(next.id, direction === 1 ? 'first' : 'last')
      host.notices.toast(rt().end)
    },
    select(key) {
      review.setCurrent(key)
    },
    async keepCopy() {
      try {
        const { path } = await host.api.copyWorkspace({})
        intoCopy = true
        review.warnOverwrite = false
        host.notices.resolve(rt().overwrite.failed)
        host.notices.toast(rt().overwrite.copied(path))
      } catch (error) {
        fail(rt().overwrite.failed, error)
      }
    },
    decide(decision) {
      review.warnOverwrite = false
      const view = review.view
      const item = review.current
      if (!view || !item) return Promise.resolve()
      const { key } = item
      if (item.decision === decision) {
        if (decision) review.setCurrent(afterDecision(review.differences, key))
        return Promise.resolve()
      }
      // Move on at once, so the next key press acts on the next difference even before this one is saved.
      if (decision) review.setCurrent(afterDecision(differencesOf(withDecision(view.items, key, decision)), key))
      return serial(async () => {
        const before = review.view?.id === view.id ? (review.view.items.find((i) => i.key === key)?.decision ?? null) : item.decision
        const saved = await save(view.id, key, decision)
        if (!saved) return
        review.history.record({ docId: view.id, key, before, after: decision })
        review.update(saved)
      })
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    showTab(tab) {
      review.setTab(tab)
    },
    async close() {
      review.close()
      await host.refresh()
    },
    run(command) {
      switch (command) {
        case 'review-compare-file':
          void commands.compareFromDialog('files')
          return true
        case 'review-compare-folder':
          void commands.compareFromDialog('folder')
          return true
        case 'review-agreement':
          if (review.open) review.setTab('agreement')
          else void commands.compareFromDialog('files', 'agreement')
          return true
        case 'review-close':
          if (review.open) void commands.close()
          return true
        default:
          return false
      }
    },
    key(event) {
      const action = reviewAction(event)
      if (!action) return false
      // Holding a key steps on, but never decides (or undoes) more than once.
      if (event.repeat && action.kind !== 'step') return true
      if (action.kind === 'undo') void commands.undo()
      else if (action.kind === 'redo') void commands.redo()
      else if (review.tab !== 'differences' || !review.view) return false
      else if (action.kind === 'step') void commands.step(action.direction)
      else void commands.decide(action.decision)
      return true
    },
  }
  return commands
}
