export { t, locale, setLocale, systemLocale, labelName, LOCALES, type Locale } from './locale.svelte'
export type { Messages } from './en'
