/** Case- and accent-insensitive search: "hop tac" finds "Hợp tác" (the sidebar's filter, searchDocuments). */

/** Without marks, đ as d, lower case. */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

/** The query's words, folded; [] when it has none. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(/\s+/).filter(Boolean)
}

/** Whether a folded text holds every word. */
export const holdsEvery = (folded: string, words: readonly string[]): boolean => words.every((w) => folded.includes(w))
