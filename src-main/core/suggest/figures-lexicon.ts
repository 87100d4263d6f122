/**
 * The words a Vietnamese figure keeps around its digits (ANNOTATION-GUIDE.md,
 * "figure"): qualifiers before, multipliers and units after. Regex sources, so
 * the grammar can put them together; `\b` is a Unicode boundary (word-regex.ts).
 */

/** Space between words of one figure: a single space or no-break space, never a line break. */
export const SP = String.raw`[ \u00A0]`

/** Always part of the figure: "hơn 500", "gần 40", "khoảng 500", "ít nhất 3". */
export const QUALIFIERS = [
  'gần như', 'ít nhất', 'tối thiểu', 'tối đa', 'chưa đầy', 'chưa tới', 'chưa đến', 'không dưới', 'không quá',
  'xấp xỉ', 'khoảng chừng', 'hơn', 'gần', 'khoảng', 'chừng', 'ngót', 'hàng', 'cỡ',
]
/** Qualifiers that are also prepositions ("trên 8 lĩnh vực" is "in 8 fields"): kept only before a multiplier or unit. */
export const WEAK_QUALIFIERS = ['lên tới', 'lên đến', 'trên dưới', 'trên', 'dưới', 'tới', 'đến', 'vượt']

export const MULTIPLIER = String.raw`(?:nghìn|ngàn|triệu|tỷ|tỉ|trăm|vạn)`
/** "3 tỷ", "1.500 tỷ", "nghìn tỷ", and a second term: "3 tỷ 500 triệu". */
export const MULTIPLIERS = String.raw`(?:${SP}${MULTIPLIER}\b)+(?:${SP}\d{1,3}(?:${SP}${MULTIPLIER}\b)+)?`

/** "đồng" is a currency, not the start of "đồng chí", "đồng bào", "đồng thời"… */
const DONG = String.raw`đồng\b(?!${SP}(?:chí|bào|hồ|nghiệp|minh|thời|ý|đội|loạt|hành|lòng|tâm|thuận|tình|hương|bằng|đều|phạm|sở|chủ|tác|thanh|ruộng|cỏ|lúa|trì)\b)`
export const CURRENCY = String.raw`(?:USD|US\$|đô${SP}la${SP}Mỹ|đô-la${SP}Mỹ|đôla${SP}Mỹ|đô${SP}la|đô-la|đôla|EUR|[Ee]uro|[Yy]ên|VN${SP}đồng|VNĐ|VND|${DONG}|nhân${SP}dân${SP}tệ|NDT|CNY|RMB|AUD|SGD|CAD|GBP|JPY|KRW|THB|bảng${SP}Anh|won|rúp|baht|ringgit|rupiah|peso|rupee|franc)\b`
export const PERCENT = String.raw`(?:điểm${SP}phần${SP}trăm\b|điểm${SP}?%|phần${SP}trăm\b|%)`
/** Units of measure; "người" counts people in news figures ("520 nghìn người"). */
export const MEASURE = String.raw`(?:lượt${SP}người|lượt${SP}khách|lượt|người|héc-ta|hecta|ha|km2|km²|km|m2|m²|m3|m³|cm|mm|m|kg|tấn|tạ|lít|liều|MW|GW|kWh|MWh|GWh|kW|TEU|thùng|độ${SP}C|°C|độ|tuổi)\b`
/** "50 năm", "9 tháng": a duration, unless a year or day follows ("tháng 3", "năm 2024" are dates). */
export const DURATION = String.raw`(?:thập${SP}kỷ|thập${SP}niên|thế${SP}kỷ|năm|tháng|tuần|ngày|giờ|phút|giây)\b(?!${SP}\d)`

/** Units that may follow the digits with no space: "70%", "100km", "5ha". */
export const GLUED_UNIT = String.raw`(?:%|km2|km²|km|m2|m²|m3|m³|cm|mm|kg|ha|MW|GW|kWh|kW|°C|USD|tr|m)`
