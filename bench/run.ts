/** `npm run bench`: one JSON line per figure, {"bench","value","unit","target"}. */
import { exportJsonlBench } from './export-jsonl.bench'
import { print, type Figure } from './measure'

const benches: Array<() => Promise<Figure[]>> = [exportJsonlBench]

for (const bench of benches) {
  for (const figure of await bench()) print(figure)
}
