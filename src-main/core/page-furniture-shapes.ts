/**
 * The shapes of one line of page furniture, judged on the line alone: timestamps,
 * bylines and sources, breadcrumbs, follow/app/QR prompts, URLs, page controls.
 * Shapes, not strings: a new site's "Cập nhật 14:05 | 03/02/2026" should match too.
 */
import { wordRegex } from './word-regex'

const WEEKDAY = wordRegex(String.raw`\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)\b`, 'giu')
const DATE_OR_TIME = wordRegex(String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}(?::\d{2})?|\d{1,2}h\d{2}|gmt\s*[+-]\s*\d{1,2}|\b(?:am|pm)\b`, 'giu')
const RELATIVE_TIME = /\d+\s*(?:giây|phút|giờ|ngày|tuần|tháng|năm)\s*trước/giu
/** What a dateline may say beside its date: "Cập nhật", "Ngày đăng", "Bài gốc". */
const DATELINE_WORDS = wordRegex(String.raw`\b(?:cập nhật|đăng|ngày|lúc|bài gốc|bài viết|tin|giờ|hôm nay|hôm qua)\b`, 'giu')

const words = (s: string): string[] => s.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w))

export function isTimestamp(line: string): boolean {
  if (line.length > 90) return false
  const hasDate = /\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/u.test(line) || /\d{1,2}:\d{2}/u.test(line) || RELATIVE_TIME.test(line)
  RELATIVE_TIME.lastIndex = 0
  if (!hasDate) return false
  const rest = line.replace(RELATIVE_TIME, ' ').replace(DATE_OR_TIME, ' ').replace(WEEKDAY, ' ').replace(DATELINE_WORDS, ' ')
  return words(rest).length <= 2
}

/** "Theo TTXVN", "(theo VOV)", "Nguồn: VGP", "Ảnh: Reuters" standing alone. */
const SOURCE = wordRegex(String.raw`^\(?\s*(?:theo|nguồn|ảnh|video|đồ họa|đồ hoạ|clip|thực hiện|trình bày)\b\s*:?\s*(?<rest>.*?)\)?\.?$`, 'iu')
const SOURCE_FOLLOWERS = wordRegex(String.raw`^(?:đó|ông|bà|anh|chị|tôi|chúng|các|những|một|kế hoạch|quy định|báo cáo|thống kê|số liệu|dự báo|đánh giá|nhận định)\b`, 'iu')

export function isSource(line: string): boolean {
  if (line.length > 80) return false
  const m = SOURCE.exec(line)
  if (!m || words(line).length > 8 || /[,;]\s/u.test(line)) return false
  return !SOURCE_FOLLOWERS.test(m.groups?.rest ?? '')
}

/** A short run of capitalised words or agency acronyms: "Chu Văn", "PV", "TTXVN/Báo Tin tức", "Minh Anh - Hoàng Long". */
export function isByline(line: string): boolean {
  if (line.length > 50 || /[\d.!?:,;…"“”]$/u.test(line) || /\d/u.test(line)) return false
  const ws = words(line)
  if (ws.length === 0 || ws.length > 5) return false
  const capitalised = ws.filter((w) => /^[\p{Lu}]/u.test(w)).length
  return capitalised >= ws.length - 1 && capitalised >= 1 && (ws.length > 1 || /^\p{Lu}{2,6}$/u.test(ws[0] as string))
}

const HOME = wordRegex(String.raw`^trang\s+chủ\b`, 'iu')

/** "Trang chủ Chính trị - Xã hội", "Thời sự > Chính trị", "Kinh tế » Tài chính". */
export function isBreadcrumb(line: string): boolean {
  if (HOME.test(line) && words(line).length <= 12) return true
  const parts = line.split(/\s*[>»›]\s*|\s+\/\s+/u)
  return parts.length >= 2 && words(line).length <= 10 && parts.every((p) => /^\p{Lu}/u.test(p.trim()))
}

const PROMPT_START = wordRegex(String.raw`^(?:theo dõi|mời bạn|mời quý độc giả|tải ứng dụng|tải app|mở zalo|quét mã|đăng ký nhận|bấm|nhấn)\b`, 'iu')
const PROMPT_ANYWHERE = /(?<![\p{L}\p{N}])(?:mã qr|quét qr|google news)(?![\p{L}\p{N}])/iu

export function isPrompt(line: string): boolean {
  return line.length <= 160 && (PROMPT_START.test(line) || PROMPT_ANYWHERE.test(line)) && words(line).length <= 18
}

const URL = wordRegex(String.raw`https?://|\bwww\.\S`, 'iu')

export function isUrlLine(line: string): boolean {
  return (line.includes('http') || line.includes('www.')) && URL.test(line) && words(line).length <= 12
}

/** Page controls that stand alone on a line. */
const CONTROLS = new Set([
  'chia sẻ', 'bình luận', 'in bài', 'gửi bài', 'lưu', 'lưu bài', 'phiên bản di động', 'tags', 'từ khóa', 'từ khoá',
  'tin mới hơn', 'tin đã đăng', 'bài gốc', 'trở về đầu trang', 'về đầu trang', 'x', 'facebook', 'twitter', 'zalo',
  'chú thích ảnh', 'ảnh minh họa', 'ảnh minh hoạ', 'xin chờ trong giây lát', 'quay lại', 'trang chủ', 'nguồn', 'copy link',
])

export function isControl(line: string): boolean {
  return line.length <= 40 && CONTROLS.has(line.toLocaleLowerCase('vi').replace(/[\s:.»›>…]+$/u, '').trim())
}

/** A heading after which a page lists other articles: it and everything below is furniture. */
const RELATED = /^(?:đọc thêm|xem thêm|tin liên quan|tin bài liên quan|bài liên quan|bài viết liên quan|có thể bạn quan tâm|tin cùng chuyên mục|cùng chuyên mục|các tin bài khác|các tin khác|tin khác|bài khác|đọc nhiều|xem nhiều|tin đọc nhiều|tin mới|tin mới nhất|mới nhất|tin nổi bật|tin hay|đừng bỏ lỡ|bạn có thể quan tâm|nội dung liên quan)$/u

export function isRelatedHeading(line: string): boolean {
  return line.length <= 40 && RELATED.test(line.toLocaleLowerCase('vi').replace(/[\s:.»›>…]+$/u, '').trim())
}

/** One line-shape test, in the order they are tried. */
export const LINE_SHAPES: ReadonlyArray<(line: string) => boolean> = [
  isTimestamp, isSource, isByline, isBreadcrumb, isPrompt, isUrlLine, isControl,
]
