/**
 * Binary search: the first index in [0, length) where `before(i)` is false, or
 * `length` when it never is. `before` must be true for a prefix and false after it
 * (e.g. "the item at i ends before the offset" over items in order).
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (before(mid)) lo = mid + 1
    else hi = mid
  }
  return lo
}
