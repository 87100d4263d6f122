/** The part of the text that is drawn, [start, end) in code points. */
export interface View {
  start: number
  end: number
}
