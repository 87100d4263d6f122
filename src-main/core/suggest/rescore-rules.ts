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

export function rescoreRules(rules: readonly Suggestion[], f: DocFeatures, viewOf: (label: string) => ModelView | undefined): Suggestion[] {
  return rules.map((r) => {
    const view = viewOf(r.label)
    const tokens = view ? tokenRange(f.starts, f.ends, r.start, r.end) : null
    const model = view && tokens ? view.scoreOf(tokens[0], tokens[1]) : null
    if (model === null) return r
    // Half the rule's prior, half the model: a few done documents should temper a rule, not silence it.
    const score = (r.score + model) / 2
    return { ...r, score, reasons: model >= 0.5 ? [...r.reasons, { kind: 'model' }] : r.reasons }
  })
}
