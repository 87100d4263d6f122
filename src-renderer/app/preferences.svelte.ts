/**
 * The analyst's display choices, remembered on this machine (localStorage, kept
 * in the app's user-data folder): light, dark or the system's appearance, and
 * the interface language (on first run, the system's).
 */
import { LOCALES, locale, setLocale, systemLocale, type Locale } from '../i18n'

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

const KEY = 'spanwright:preferences'

interface Saved {
  theme?: Theme
  locale?: Locale
}

function readSaved(): Saved {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    if (typeof value !== 'object' || value === null) return {}
    const { theme, locale } = value as Record<string, unknown>
    return {
      ...(THEMES.includes(theme as Theme) ? { theme: theme as Theme } : {}),
      ...(LOCALES.includes(locale as Locale) ? { locale: locale as Locale } : {}),
    }
  } catch {
    return {}
  }
}

export class PreferencesState {
  #theme = $state<Theme>('system')
  #systemDark = $state(false)

  /** Reads what was saved and starts following the system's appearance. */
  constructor() {
    const saved = readSaved()
    this.#theme = saved.theme ?? 'system'
    setLocale(saved.locale ?? systemLocale(navigator.languages.length ? navigator.languages : [navigator.language]))
    const query = matchMedia('(prefers-color-scheme: dark)')
    this.#systemDark = query.matches
    query.addEventListener('change', (event) => {
      this.#systemDark = event.matches
      this.#apply()
    })
    this.#apply()
  }

  get theme(): Theme {
    return this.#theme
  }
  /** What is shown now: the chosen theme, or the system's. */
  get resolvedTheme(): 'light' | 'dark' {
    return this.#theme === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#theme
  }
  get locale(): Locale {
    return locale()
  }

  setTheme(theme: Theme): void {
    this.#theme = theme
    this.#apply()
    this.#save()
  }
  setLocale(next: Locale): void {
    setLocale(next)
    this.#save()
  }

  #apply(): void {
    document.documentElement.dataset['theme'] = this.resolvedTheme
  }
  #save(): void {
    try {
      localStorage.setItem(KEY, JSON.stringify({ theme: this.#theme, locale: locale() }))
    } catch {
      // Storage may be unavailable: the choice then lasts until the window closes.
    }
  }
}
