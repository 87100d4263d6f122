/** Suggestions' words in Vietnamese; typed against the English ones. */
import type { SuggestionMessages } from './suggestions-en'

export const suggestionsVi: SuggestionMessages = {
  heading: 'Gợi ý',
  none: 'Không có gợi ý nào cho văn bản này.',
  loading: 'Đang tìm gợi ý…',
  show: 'Hiện gợi ý của',
  accept: 'Chấp nhận',
  acceptHint: (text) => `Chấp nhận gợi ý “${text}” (A)`,
  reject: 'Từ chối',
  rejectHint: (text) => `Từ chối gợi ý “${text}” (X)`,
  score: (percent) => `${percent}%`,
  belowThreshold: 'dưới ngưỡng của nhãn: Shift+A bỏ qua gợi ý này',
  reason: (reason) => (reason.kind === 'rule' ? `quy tắc ${reason.rule}` : reason.kind === 'memory' ? `đã gặp ${reason.seen} lần` : 'mô hình'),
  acceptFailed: 'Không chấp nhận được gợi ý',
  rejectFailed: 'Không từ chối được gợi ý',
  loadFailed: 'Không tìm được gợi ý',
  acceptedAll: (n) => (n === 0 ? 'Không có gợi ý nào đạt ngưỡng.' : `Đã chấp nhận ${n} gợi ý.`),
  thresholdHint: (label: string) => `${label}: Shift+A nhận các gợi ý có điểm từ mức này trở lên; gợi ý yếu hơn được vẽ mờ`,
  thresholdFailed: 'Không đặt được ngưỡng',
  order: 'Thứ tự',
  orderWorkspace: 'Theo kho văn bản',
  orderLearn: 'Nhiều điều để học nhất trước',
  orderFailed: 'Không sắp xếp được văn bản theo gợi ý',
}
