/**
 * The interface language. Components read words with `t()` (reactive: switching
 * the language redraws them); labels are named with `labelName`.
 */
import { en, type Messages } from './en'
import { vi } from './vi'

export const LOCALES = ['en', 'vi'] as const
export type Locale = (typeof LOCALES)[number]

const CATALOGUES: Record<Locale, Messages> = { en, vi }

let current = $state<Locale>('en')

export function t(): Messages {
  return CATALOGUES[current]
}
export function locale(): Locale {
  return current
}
export function setLocale(next: Locale): void {
  current = next
  document.documentElement.lang = next
}

/** The first language the system prefers that the interface speaks, else English. */
export function systemLocale(languages: readonly string[]): Locale {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0]
    if (base === 'vi' || base === 'en') return base
  }
  return 'en'
}

/** A label's name in the interface language (Vietnamese falls back to the English name). */
export function labelName(label: { name: string; name_vi: string }): string {
  return current === 'vi' && label.name_vi ? label.name_vi : label.name
}
