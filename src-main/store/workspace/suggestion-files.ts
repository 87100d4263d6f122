/**
 * A workspace's suggestion files, in `suggestions/`: `settings.json` holds what
 * the analyst decided (rejected suggestions per document, per-label thresholds)
 * and is written atomically like every other file; `model.json` is a cache of the
 * learner trained on the workspace, rebuilt whenever it is missing, damaged, of
 * another version or trained on other data (its `state` fingerprint).
 */
import { mkdir, readFile, realpath } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { SpanwrightError } from '../../core/errors'
import { DocumentId, LabelId } from '../../core/model'
import { LEARNER_VERSION, type LearnerJSON } from '../../core/suggest/learner'
import { writeFileAtomic } from '../files/atomic-write'
import { ChangedMeanwhile, JsonFileAdapter } from '../files/json-file-adapter'
import { sharedQueue, type KeyedQueue } from '../files/keyed-queue'

export const SUGGESTIONS_DIR = 'suggestions'

const Offset = z.number().int().nonnegative()
/** A suggestion the analyst decided on, by where it was. */
export const DecidedSuggestion = z.strictObject({ documentId: DocumentId, start: Offset, end: Offset, label: LabelId })
export type DecidedSuggestion = z.infer<typeof DecidedSuggestion>

export const SuggestionSettings = z.strictObject({
  schema: z.literal(1),
  /** Never offered again for that document; negative evidence for the learner. */
  rejected: z.array(DecidedSuggestion),
  /** Suggestions the analyst accepted, in order: replayed into the learner when it is rebuilt. */
  accepted: z.array(DecidedSuggestion),
  thresholds: z.record(LabelId, z.number().min(0).max(1)),
})
export type SuggestionSettings = z.infer<typeof SuggestionSettings>

interface ModelFile {
  schema: 1
  /** Fingerprint of the workspace state the learner was built from. */
  state: string
  learner: LearnerJSON
}

/** settings.json's key in the workspace's shared queue. */
const SETTINGS_KEY = `${SUGGESTIONS_DIR}/settings.json`

export class SuggestionFiles {
  private constructor(
    private readonly dir: string,
    private readonly queue: KeyedQueue,
    private readonly adapter: JsonFileAdapter<SuggestionSettings>,
    private current: SuggestionSettings,
    /** Why settings.json could not be read (file:line:column); the rest of the workspace opens all the same. */
    readonly damaged: string | null,
  ) {}

  static async open(workspaceDir: string): Promise<SuggestionFiles> {
    const dir = join(workspaceDir, SUGGESTIONS_DIR)
    const adapter = new JsonFileAdapter(join(dir, 'settings.json'), SuggestionSettings)
    const empty: SuggestionSettings = { schema: 1, rejected: [], accepted: [], thresholds: {} }
    // Openings of this workspace in this process take turns at the file (see saveSettings).
    const queue = sharedQueue(await realpath(workspaceDir))
    try {
      return new SuggestionFiles(dir, queue, adapter, (await adapter.read()) ?? empty, null)
    } catch (error) {
      if (!(error instanceof SpanwrightError)) throw error
      return new SuggestionFiles(dir, queue, adapter, empty, error.message)
    }
  }

  /** The analyst's decisions; a damaged file refuses, so nothing is offered against them or written over them. */
  get settings(): SuggestionSettings {
    if (this.damaged) throw new SpanwrightError('invalid_file', `${this.damaged}; mend or remove it to get suggestions again`)
    return this.current
  }

  /**
   * Applies `change` (one decision, one threshold) to the settings as the file
   * holds them now and writes them: another opening of the workspace in this
   * process (a second window) takes turns, so neither one's change is lost.
   */
  saveSettings(change: (s: SuggestionSettings) => SuggestionSettings): Promise<void> {
    return this.queue.run(SETTINGS_KEY, async () => {
      const disk = await this.adapter.readDisk()
      const base = disk && disk.hash !== this.adapter.knownHash && !this.damaged ? this.adapter.adopt(disk) : this.settings
      const next = change(base)
      await mkdir(this.dir, { recursive: true })
      try {
        await this.adapter.writeOver(next, disk)
      } catch (error) {
        if (!(error instanceof ChangedMeanwhile)) throw error
        throw new SpanwrightError('io', `${this.adapter.file} was changed by another program while it was saved; the change was not kept`)
      }
      this.current = next
    })
  }

  /** The saved learner when it was built from `state` by this version; null otherwise (rebuild). */
  async readModel(state: string): Promise<LearnerJSON | null> {
    try {
      const file = JSON.parse(await readFile(join(this.dir, 'model.json'), 'utf8')) as Partial<ModelFile>
      if (file.schema !== 1 || file.state !== state || file.learner?.version !== LEARNER_VERSION) return null
      return file.learner
    } catch {
      return null // missing or damaged: it is only a cache
    }
  }

  async writeModel(state: string, learner: LearnerJSON): Promise<void> {
    await mkdir(this.dir, { recursive: true })
    await writeFileAtomic(join(this.dir, 'model.json'), JSON.stringify({ schema: 1, state, learner } satisfies ModelFile))
  }
}
