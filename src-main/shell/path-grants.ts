/**
 * Files the main process's dialogs handed the window. The window names a file
 * only by the token of a choice the user made in a dialog, so a compromised
 * window cannot read or overwrite any other file. A token is kept for the
 * window's session (a file is compared with again) and is good only for what its
 * dialog was for: a save dialog's for writing, an open dialog's for reading.
 */
import { randomBytes } from 'node:crypto'
import { SpanwrightError } from '../core/errors'

export type GrantUse = 'save' | 'open'

/** The oldest choices are forgotten past this many. */
const KEPT = 500

export class PathGrants {
  private readonly granted = new Map<string, { use: GrantUse; paths: string[] }>()

  /** A new token for `paths`, chosen in a `use` dialog. */
  grant(use: GrantUse, paths: string[]): string {
    const token = randomBytes(16).toString('hex')
    this.granted.set(token, { use, paths: [...paths] })
    if (this.granted.size > KEPT) this.granted.delete(this.granted.keys().next().value as string)
    return token
  }

  /** The paths of `token`; invalid_argument when no `use` dialog of this window gave it. */
  resolve(token: string, use: GrantUse, method: string): string[] {
    const found = this.granted.get(token)
    if (!found || found.use !== use) {
      throw new SpanwrightError('invalid_argument', `${method}: that file was not chosen in this window's ${use} dialog; choose it again`)
    }
    return found.paths
  }
}
