/** `npm run bench`: one JSON line per figure, {"bench","value","unit","target"}. */
import { compareBench } from './compare.bench'
import { editorBench } from './editor.bench'
import { exportJsonlBench } from './export-jsonl.bench'
import { print, type Figure } from './measure'
import { peersBench } from './peers/peers.bench'
import { storeEditBench } from './store-edit.bench'
import { storeOpenBench } from './store-open.bench'
import { suggestBench } from './suggest.bench'
import { suggestWindowBench } from './suggest-window.bench'

const benches: Array<() => Promise<Figure[]>> = [exportJsonlBench, storeOpenBench, storeEditBench, compareBench, editorBench, suggestBench, suggestWindowBench, peersBench]

for (const bench of benches) {
  for (const figure of await bench()) print(figure)
}
