/**
 * The recogito side's page (bundled by recogito-site.ts): @recogito/text-annotator 4 with
 * its CSS Custom Highlights renderer over the bench's document. Recogito has no label
 * keys, so key 3 here turns the mouse selection into a "figure" annotation through its
 * API (addAnnotation), which is what its clock then covers.
 */
import { createTextAnnotator, Origin, parseW3CTextAnnotation, rangeToSelector, type Color, type TextAnnotation, type TextAnnotator, type W3CTextAnnotation } from '@recogito/text-annotator'

const COLORS: Record<string, Color> = { commitment: '#2f6fd6', agreement: '#2e9a4f', figure: '#d98a1c' }

interface PeerPage {
  /** Resolves once the document is fetched and its annotations are in recogito's own model. */
  ready: Promise<void>
  /** Inserts the text (one <p> per line), creates the annotator and gives it every annotation. */
  open(): void
}

const container = document.getElementById('text') as HTMLElement
let lines: string[] | null = null
let annotations: TextAnnotation[] | null = null
let annotator: TextAnnotator<TextAnnotation, TextAnnotation> | null = null
let tagged = 0

async function load(): Promise<void> {
  const doc = (await (await fetch('doc.json')).json()) as { lines: string[]; annotations: W3CTextAnnotation[] }
  lines = doc.lines
  // Parsed before the clock: recogito then gets its own model, the fastest of its load paths.
  annotations = doc.annotations.map((a) => {
    const result = parseW3CTextAnnotation(a)
    if (!result.parsed) throw new Error(`annotation ${a.id} is refused by recogito: ${String(result.error)}`)
    return result.parsed
  })
}

function open(): void {
  if (!lines || !annotations) throw new Error('the document is not loaded yet')
  const fragment = document.createDocumentFragment()
  for (const line of lines) {
    const p = document.createElement('p')
    p.textContent = line
    fragment.append(p)
  }
  container.append(fragment)
  annotator = createTextAnnotator<TextAnnotation, TextAnnotation>(container, {
    renderer: 'CSS_HIGHLIGHTS',
    // Its own "a selection is an annotation" mode is off: key 3 makes the annotation, as in Spanwright.
    annotatingEnabled: false,
    style: (a) => ({ fill: COLORS[a.bodies[0]?.value ?? ''] ?? '#d98a1c', fillOpacity: 0.3 }),
  })
  // setAnnotations(list, true) in 4.1.1 leaves the ranges unrevived (Highlight() then throws), so
  // the store's bulk add, which revives them in one change: recogito's fastest load path.
  annotator.state.store.bulkAddAnnotations(annotations, true, Origin.REMOTE)
  // What the page fetched is recogito's now; the heap should hold only its copy.
  lines = null
  annotations = null
}

document.addEventListener('keydown', (e) => {
  const selection = document.getSelection()
  if (e.key !== '3' || e.repeat || !annotator || !selection || selection.isCollapsed || !container.contains(selection.anchorNode)) return
  const selector = rangeToSelector(selection.getRangeAt(0).cloneRange(), container)
  const id = `tag${++tagged}`
  annotator.addAnnotation({
    id,
    bodies: [{ id: `${id}-body`, annotation: id, purpose: 'tagging', value: 'figure' }],
    target: { annotation: id, selector: [selector], created: new Date() },
  })
  selection.removeAllRanges()
})

const page: PeerPage = { ready: load(), open }
Object.assign(globalThis, { __peer: page })
