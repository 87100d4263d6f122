/**
 * The workspace the app has open now. IPC handlers are registered once, on
 * `api`, which hands every call to the services open at that moment; opening
 * another workspace swaps them. The new one is opened before the old one is
 * closed, so a folder that cannot be opened leaves the app where it was.
 */
import type { Api } from '../api'
import { apiRecord } from '../api-records'
import { SpanwrightError } from '../core/errors'
import type { Services } from '../services'

export class WorkspaceSession {
  private current: Services | null = null
  private currentDir: string | null = null
  private switching: Promise<unknown> = Promise.resolve()
  readonly api: Api

  constructor(private readonly openAt: (dir: string) => Promise<Services>) {
    this.api = apiRecord((method) => (input) => this.contract[method](input))
  }

  /** The open services, seen only as the contract. */
  private get contract(): Api {
    return this.services
  }

  get services(): Services {
    if (!this.current) throw new SpanwrightError('not_found', 'no workspace is open')
    return this.current
  }
  /** The open workspace's folder, or null before the first open. */
  get dir(): string | null {
    return this.currentDir
  }

  /** Opens `dir` and then closes the workspace open before (one switch at a time). */
  open(dir: string): Promise<void> {
    const run = this.switching.catch(() => undefined).then(async () => {
      if (this.current && this.currentDir === dir) return
      const next = await this.openAt(dir)
      const previous = this.current
      this.current = next
      this.currentDir = dir
      await previous?.close().catch((error: unknown) => console.error('spanwright: closing the previous workspace failed', error))
    })
    this.switching = run
    return run
  }

  close(): Promise<void> {
    const current = this.current
    this.current = null
    this.currentDir = null
    return current ? current.close() : Promise.resolve()
  }
}
