/**
 * `npm run bench`: one JSON line per figure, {"bench","value","unit","target"}.
 * `npm run bench -- editor store` runs only the benches of those names.
 */
import { compareBench } from './compare.bench'
import { editorBench } from './editor.bench'
import { exportJsonlBench } from './export-jsonl.bench'
import { print, type Figure } from './measure'
import { peersBench } from './peers/peers.bench'
import { storeEditBench } from './store-edit.bench'
import { storeEditLongBench } from './store-edit-long.bench'
import { storeOpenBench } from './store-open.bench'
import { suggestBench } from './suggest.bench'
import { suggestWindowBench } from './suggest-window.bench'

const benches: Record<string, () => Promise<Figure[]>> = {
  'export-jsonl': exportJsonlBench,
  'store-open': storeOpenBench,
  'store-edit': storeEditBench,
  'store-edit-long': storeEditLongBench,
  compare: compareBench,
  editor: editorBench,
  suggest: suggestBench,
  'suggest-window': suggestWindowBench,
  peers: peersBench,
}

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !(name in benches))
if (unknown.length) {
  process.stderr.write(`no bench named ${unknown.join(', ')}; the benches: ${Object.keys(benches).join(', ')}\n`)
  process.exit(2)
}
for (const [name, bench] of Object.entries(benches)) {
  if (wanted.length && !wanted.includes(name)) continue
  for (const figure of await bench()) print(figure)
}
