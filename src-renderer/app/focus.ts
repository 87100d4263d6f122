/** Where the focus is, for the keys (app/keys.ts): typing in a field, in the text, and F6 between regions. */

/** A text field has the focus: keys are typing there. */
export function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
}

/** The text has the focus, or nothing does (the body). */
export function inText(target: EventTarget | null): boolean {
  return target === document.body || target === document.documentElement || (target instanceof Element && target.closest('article.text') !== null)
}

/** A row of the document list: the one just opened, or another. */
export function inDocumentList(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('nav button.doc') !== null
}

/** F6: the document list, the text, the span panel, in turn (as desktop apps move between panes). */
const REGIONS = ['nav', 'article.text', 'aside.panel']

export function focusRegion(direction: 1 | -1): true {
  const regions = REGIONS.map((s) => document.querySelector<HTMLElement>(s))
  const at = regions.findIndex((r) => r?.contains(document.activeElement))
  for (let step = 1; step <= regions.length; step++) {
    const region = regions[(((at + direction * step) % regions.length) + regions.length) % regions.length]
    const target = region?.matches('[tabindex]')
      ? region
      : (region?.querySelector<HTMLElement>('[aria-current="page"], [aria-current="true"]') ?? region?.querySelector<HTMLElement>('button, select, input'))
    if (target) {
      target.focus()
      break
    }
  }
  return true
}
