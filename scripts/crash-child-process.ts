/** Starting and following the crash test's child processes (see crash-child.ts for the protocol). */
import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { bundleForNode } from './bundle-for-node'
import type { CrashOp } from './crash-oracle'

export interface Line {
  t: 'loaded' | 'ready' | 'intent' | 'ok' | 'fail'
  w?: number
  op?: CrashOp
  code?: string
  message?: string
}

export interface Child {
  process: ChildProcess
  lines: Line[]
  stderr: string
  sawReady: boolean
  loaded: Promise<void>
  ready: Promise<void>
  exited: Promise<void>
  go(): void
}

export function startChild(bundle: string, args: string[]): Child {
  const proc = spawn(process.execPath, [bundle, ...args], { stdio: ['pipe', 'pipe', 'pipe'] })
  const child: Child = { process: proc, lines: [], stderr: '', sawReady: false, loaded: Promise.resolve(), ready: Promise.resolve(), exited: Promise.resolve(), go: () => proc.stdin?.write('go\n') }
  let onLoaded = (): void => undefined
  let onReady = (): void => undefined
  child.loaded = new Promise((r) => (onLoaded = r))
  child.ready = new Promise((r) => (onReady = r))
  child.exited = new Promise((r) => proc.once('close', () => r()))
  void child.exited.then(() => {
    onLoaded()
    onReady()
  })
  let buffer = ''
  proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    buffer += chunk
    const parts = buffer.split('\n')
    buffer = parts.pop() ?? ''
    for (const part of parts) {
      const line = JSON.parse(part) as Line
      child.lines.push(line)
      if (line.t === 'loaded') onLoaded()
      if (line.t === 'ready') {
        child.sawReady = true
        onReady()
      }
    }
  })
  proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => (child.stderr += chunk))
  proc.stdin?.on('error', () => undefined)
  return child
}

/** One bundle for every child: starting node on it takes a fraction of loading the TypeScript sources. */
export async function bundleChild(work: string): Promise<string> {
  return bundleForNode(new URL('./crash-child.ts', import.meta.url), join(work, 'crash-child.mjs'))
}
