/** A fault in an input file, at a line (1-based), printed as `file:line: message`. */
export interface Problem {
  file: string
  line: number
  message: string
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}: ${p.message}`
