/**
 * Small JSON files the app keeps in its user-data folder (recent workspaces,
 * the window's bounds). A missing or damaged file reads as nothing remembered;
 * a failed write is logged: forgetting a window size never stops the app.
 */
import { existsSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import type { z } from 'zod'
import { writeFileAtomic } from '../store/files/atomic-write'

export async function readSettings<T>(file: string, schema: z.ZodType<T>): Promise<T | null> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    return null
  }
  return parseSettings(text, schema)
}

/** As readSettings, for the few bytes needed before a window can be created. */
export function readSettingsSync<T>(file: string, schema: z.ZodType<T>): T | null {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    return null
  }
  return parseSettings(text, schema)
}

function parseSettings<T>(text: string, schema: z.ZodType<T>): T | null {
  try {
    const parsed = schema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** Writes `value` atomically; does nothing when the folder does not exist (Electron creates userData). */
export async function writeSettings(file: string, value: unknown): Promise<void> {
  if (!existsSync(dirname(file))) return
  try {
    await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`)
  } catch (error) {
    console.warn(`spanwright: could not remember settings in ${file}:`, error)
  }
}
