/**
 * Registers every contract method on ipcMain in one loop. Each call is checked
 * for its sender and its argument before any service code runs; failures come
 * back as data (see Envelope) with a message a person can act on. The window
 * names files only by the tokens its dialogs gave (window-api.ts): a path it
 * sends itself is refused.
 */
import { z } from 'zod'
import type { Api } from '../api'
import { menuLanguageInput, windowInputs, type MenuLanguage } from '../api-window'
import { API_METHODS, apiChannel, MENU_LANGUAGE_CHANNEL, type ApiMethod, type Envelope } from '../api-methods'
import { SpanwrightError } from '../core/errors'
import { PathGrants } from './path-grants'
import { windowApi } from './window-api'

/** The part of Electron's ipcMain this needs, so tests and the e2e bridge can stand in for it. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => Promise<unknown>): void
}
export interface IpcEventLike {
  senderFrame: { url: string } | null
}

/** What the window tells the main process about itself, beside the services' calls. */
export interface WindowSide {
  /** The window's language changed (or it started): the native menu follows. */
  setMenuLanguage(input: MenuLanguage): void
}

/** Returns the window's dialog choices, so a test bridge can stand in for a dialog the user answered. */
export function registerIpc(ipcMain: IpcMainLike, api: Api, isTrustedSender: (url: string) => boolean, windowSide?: WindowSide): PathGrants {
  const grants = new PathGrants()
  const window = windowApi(api, grants)
  for (const method of API_METHODS) {
    // The schema for `method` produced the input, so the call matches the method's signature.
    const call = (input: unknown): Promise<unknown> => (window[method] as (input: unknown) => Promise<unknown>).call(window, input)
    ipcMain.handle(apiChannel(method), (event, ...args) => dispatch(method, windowInputs[method], call, event, args, isTrustedSender))
  }
  if (windowSide) {
    const setMenuLanguage = async (input: MenuLanguage): Promise<null> => (windowSide.setMenuLanguage(input), null)
    ipcMain.handle(MENU_LANGUAGE_CHANNEL, (event, ...args) => dispatch('setMenuLanguage', menuLanguageInput, setMenuLanguage, event, args, isTrustedSender))
  }
  return grants
}

/** Checks the sender and the argument, then runs `call`; every outcome is an envelope. */
async function dispatch<I>(
  method: ApiMethod | 'setMenuLanguage',
  schema: z.ZodType<I>,
  call: (input: I) => Promise<unknown>,
  event: IpcEventLike,
  args: unknown[],
  isTrustedSender: (url: string) => boolean,
): Promise<Envelope<unknown>> {
  const url = event.senderFrame?.url ?? ''
  if (!isTrustedSender(url)) {
    return fail('forbidden', `${method}: refused a call from an untrusted page (${url || 'unknown origin'})`)
  }
  if (args.length !== 1) return fail('invalid_argument', `${method}: expected one argument object, got ${args.length}`)
  let parsed: z.ZodSafeParseResult<I>
  try {
    parsed = schema.safeParse(args[0])
  } catch (error) {
    // A value nested deeper than the stack overflows the schema's recursion: still an answer, not a throw.
    const why = error instanceof RangeError ? 'a value is nested too deeply' : error instanceof Error ? error.message : String(error)
    return fail('invalid_argument', `${method}: ${why}`)
  }
  if (!parsed.success) return fail('invalid_argument', `${method}: ${z.prettifyError(parsed.error)}`)
  try {
    return { ok: true, value: await call(parsed.data) }
  } catch (error) {
    if (error instanceof SpanwrightError) return fail(error.code, error.message)
    console.error(`spanwright: ${method} failed`, error)
    return fail('internal', `${method} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
}

const fail = (code: string, message: string): Envelope<never> => ({ ok: false, error: { code, message } })
