/**
 * The learner in its worker thread, as the app and the e2e bridge run it: the
 * built worker (out/main/suggest-worker.js, made by `npm run build`) answers the
 * same as the learner in process, in order, and refuses calls once closed.
 */
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tokenize } from '../../../src-main/core/tokens'
import { localLearnerHost } from '../../../src-main/services/suggest/learner-host'
import { workerLearnerHost } from '../../../src-main/services/suggest/worker-host'

const WORKER = fileURLToPath(new URL('../../../out/main/suggest-worker.js', import.meta.url))
const built = existsSync(WORKER)
const text = 'Hai bên đã ký kết 05 văn kiện. Kim ngạch đạt hơn 4 tỷ USD trong năm 2023, tăng 12,5%.'
const doc = { id: '0123456789abcdef', text, tokens: tokenize(text) }

describe.skipIf(!built)('the suggestion worker (needs `npm run build`: out/main/suggest-worker.js)', () => {
  it('suggests what the in-process learner suggests, learns an accept, and refuses calls once closed', async () => {
    const worker = workerLearnerHost(WORKER)
    const local = localLearnerHost()
    for (const host of [worker, local]) await host.load(null, ['agreement', 'commitment', 'figure'])
    const fromWorker = await worker.suggest(doc, {})
    expect(fromWorker).toEqual(await local.suggest(doc, {}))
    expect(fromWorker.map((s) => s.text)).toEqual(expect.arrayContaining(['05', 'hơn 4 tỷ USD', 'năm 2023', '12,5%']))

    const span = { start: 0, end: 7, label: 'country' }
    await Promise.all([worker.accept(doc, [span]), local.accept(doc, [span])])
    expect(await worker.suggest(doc, {})).toEqual(await local.suggest(doc, {}))

    await worker.close()
    await expect(worker.suggest(doc, {})).rejects.toThrow('the suggestion worker was closed')
  })
})
