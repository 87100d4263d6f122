/**
 * Once a label's model has seen enough spans, it, not the rule's fixed prior,
 * scores that label's rule hits: the model has the hit among its features and has
 * learnt from the done documents when the rule is right, where its extent differs
 * and in which contexts (page furniture, teasers) it misfires.
 */
import type { DocFeatures } from './features'
import type { ModelView } from './model-suggestions'
import { tokenRange } from './token-index'
import type { Suggestion } from './types'

/**
 * `weightOf(label)`: how much the model's view counts against the rule's prior,
 * growing with the spans the label was trained on and never past a half, so a
 * few done documents temper a rule without silencing it.
 */
export function rescoreRules(
  rules: readonly Suggestion[],
  f: DocFeatures,
  viewOf: (label: string) => ModelView | undefined,
  weightOf: (label: string) => number,
): Suggestion[] {
  return rules.map((r) => {
    const view = viewOf(r.label)
    const tokens = view ? tokenRange(f.starts, f.ends, r.start, r.end) : null
    const model = view && tokens ? view.scoreOf(tokens[0], tokens[1]) : null
    if (model === null) return r
    const w = weightOf(r.label)
    const score = (1 - w) * r.score + w * model
    return { ...r, score, reasons: model >= 0.5 ? [...r.reasons, { kind: 'model' }] : r.reasons }
  })
}
