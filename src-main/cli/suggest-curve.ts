/** `spanwright suggest --curve`: the learning curve as a table, or JSON. */
import type { CurvePoint } from '../core/suggest/curve'
import type { Scores } from '../core/compare/span-scores'
import type { CliContext } from './context'

const f1 = (s: Scores): string => (s.f1 === null ? '   —' : s.f1.toFixed(2).padStart(4))

export function printCurve(ctx: CliContext, points: readonly CurvePoint[], json: boolean): void {
  if (json) return void ctx.stdout(`${JSON.stringify(points, null, 2)}\n`)
  if (points.length === 0) return void ctx.stdout('no learning curve: it needs at least two done documents\n')
  const labels = [...new Set(points.flatMap((p) => Object.keys(p.labels)))].sort()
  const width = Math.max(5, ...labels.map((l) => l.length))
  ctx.stdout(`${'label'.padEnd(width)}  ${points.map((p) => `${Math.round(p.fraction * 100)}% (${p.trained}/${p.tested})`.padEnd(16)).join('')}\n`)
  ctx.stdout(`${''.padEnd(width)}  ${points.map(() => 'exact partial'.padEnd(16)).join('')}\n`)
  for (const label of labels) {
    const cells = points.map((p) => {
      const s = p.labels[label]
      return (s ? `${f1(s.exact)}  ${f1(s.partial)}` : '   —     —').padEnd(16)
    })
    ctx.stdout(`${label.padEnd(width)}  ${cells.join('')}\n`)
  }
  ctx.stdout('F1 on the held-out done documents; the training share is chosen by --seed.\n')
}
