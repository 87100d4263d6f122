import { SpanwrightError } from '../../core/errors'
import type { WriteAccess } from '../workspace/index-store'
import { WorkspaceLock } from './workspace-lock'

/** Whether this process may write the workspace, and the lock that lets it. */
export class Access implements WriteAccess {
  readOnly: string | null
  private held: WorkspaceLock | null = null

  constructor(private readonly dir: string) {
    this.readOnly = `the workspace ${dir} was opened for reading only`
  }

  get writable(): boolean {
    return this.held !== null
  }

  async lock(holder: string, now: string): Promise<void> {
    try {
      this.held = await WorkspaceLock.acquire(this.dir, holder, now)
      this.readOnly = null
    } catch (error) {
      if (!(error instanceof SpanwrightError) || error.code !== 'read_only') throw error
      this.readOnly = error.message
    }
  }

  requireWritable(): void {
    if (this.readOnly !== null) throw new SpanwrightError('read_only', this.readOnly)
  }

  async release(): Promise<void> {
    const held = this.held
    this.held = null
    this.readOnly = `the workspace ${this.dir} is closed`
    await held?.release()
  }
}
