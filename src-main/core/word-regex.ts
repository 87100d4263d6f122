/**
 * JavaScript's `\b` knows only ASCII letters, so "chủ\b" never matches before a
 * space. `wordRegex` builds a RegExp in which `\b` means a Unicode word boundary
 * (letters, marks and digits of any script).
 */
const W = String.raw`[\p{L}\p{M}\p{N}]`
const BOUNDARY = String.raw`(?:(?<=${W})(?!${W})|(?<!${W})(?=${W}))`

export function wordRegex(source: string, flags = 'u'): RegExp {
  return new RegExp(source.replaceAll(String.raw`\b`, BOUNDARY), flags.includes('u') || flags.includes('v') ? flags : `${flags}u`)
}
