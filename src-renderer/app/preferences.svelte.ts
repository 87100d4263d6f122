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
  dimFurniture?: boolean
}

function readSaved(): Saved {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}')
    if (typeof value !== 'object' || value === null) return {}
    const { theme, locale, dimFurniture } = value as Record<string, unknown>
    return {
      ...(typeof dimFurniture === 'boolean' ? { dimFurniture } : {}),
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
  #dimFurniture = $state(true)

  /** Reads what was saved and starts following the system's appearance. */
  constructor() {
    const saved = readSaved()
    this.#theme = saved.theme ?? 'system'
    this.#dimFurniture = saved.dimFurniture ?? true
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

  /** Page furniture lines drawn dimmed (on unless turned off). */
  get dimFurniture(): boolean {
    return this.#dimFurniture
  }
  setDimFurniture(on: boolean): void {
    this.#dimFurniture = on
    this.#save()
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
      localStorage.setItem(KEY, JSON.stringify({ theme: this.#theme, locale: locale(), dimFurniture: this.#dimFurniture }))
    } catch {
      // Storage may be unavailable: the choice then lasts until the window closes.
    }
  }
}
