import { homedir } from 'node:os'
import { join, resolve } from 'node:path'

/** The app's name as Electron uses it for the user-data folder (package.json productName). */
export const APP_NAME = 'Spanwright'

/**
 * Where the workspace is: `--workspace DIR` (or `--workspace=DIR`), then
 * SPANWRIGHT_WORKSPACE, then `<userData>/workspace`.
 */
export function resolveWorkspaceDir(argv: readonly string[], env: NodeJS.ProcessEnv, userDataDir: string): string {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string
    if (arg === '--workspace' && argv[i + 1]) return resolve(argv[i + 1] as string)
    if (arg.startsWith('--workspace=')) return resolve(arg.slice('--workspace='.length))
  }
  if (env.SPANWRIGHT_WORKSPACE) return resolve(env.SPANWRIGHT_WORKSPACE)
  return join(userDataDir, 'workspace')
}

/** Which workspace a command means, and who named it. */
export interface WorkspaceChoice {
  dir: string
  /** 'option': --workspace; 'environment': SPANWRIGHT_WORKSPACE; 'default': the app's own, which nobody typed. */
  from: 'option' | 'environment' | 'default'
}

/**
 * The command line's rule: `--workspace`, then SPANWRIGHT_WORKSPACE, then the app's
 * own. A folder the user named (either way) may hold a typo, so only 'default'
 * may be created on first use.
 */
export function workspaceChoice(option: string | undefined, env: NodeJS.ProcessEnv, userDataDir: string): WorkspaceChoice {
  if (option) return { dir: resolve(option), from: 'option' }
  if (env.SPANWRIGHT_WORKSPACE) return { dir: resolve(env.SPANWRIGHT_WORKSPACE), from: 'environment' }
  return { dir: join(userDataDir, 'workspace'), from: 'default' }
}

/** Electron's `app.getPath('userData')` computed without Electron, for the command line. */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME)
}
