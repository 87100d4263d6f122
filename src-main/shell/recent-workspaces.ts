/** The workspaces opened lately, most recent first, remembered in userData/recent-workspaces.json. */
import { z } from 'zod'
import { readSettingsSync, writeSettings } from './settings-file'

export const RECENT_FILE = 'recent-workspaces.json'
export const RECENT_LIMIT = 10

const RecentFile = z.object({ workspaces: z.array(z.string().min(1)) })

export class RecentWorkspaces {
  private constructor(
    private readonly file: string,
    private list: string[],
  ) {}

  /** Read once at start, before the first window (a few hundred bytes). */
  static load(file: string): RecentWorkspaces {
    const saved = readSettingsSync(file, RecentFile)
    return new RecentWorkspaces(file, [...new Set(saved?.workspaces ?? [])].slice(0, RECENT_LIMIT))
  }

  get paths(): readonly string[] {
    return this.list
  }

  /** Puts `dir` first (once), keeping at most RECENT_LIMIT. */
  add(dir: string): Promise<void> {
    return this.save([dir, ...this.list.filter((d) => d !== dir)].slice(0, RECENT_LIMIT))
  }
  remove(dir: string): Promise<void> {
    return this.save(this.list.filter((d) => d !== dir))
  }
  clear(): Promise<void> {
    return this.save([])
  }

  private save(list: string[]): Promise<void> {
    this.list = list
    return writeSettings(this.file, { workspaces: list })
  }
}

/**
 * The workspace to open on start: the one named on the command line or in
 * SPANWRIGHT_WORKSPACE, else the most recent one that still exists, else `fallback`.
 */
export function startupWorkspace(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  fallback: string,
  recent: readonly string[],
  exists: (dir: string) => boolean,
): string {
  const named = argv.some((a) => a === '--workspace' || a.startsWith('--workspace=')) || Boolean(env.SPANWRIGHT_WORKSPACE)
  if (named) return fallback
  return recent.find(exists) ?? fallback
}
