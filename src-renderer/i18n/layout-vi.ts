/** The window's layout in Vietnamese; typed against the English words. */
import type { LayoutMessages } from './layout-en'

export const layoutVi: LayoutMessages = {
  documents: 'Văn bản',
  documentsHint: 'Hiện hoặc ẩn danh sách văn bản',
  spans: 'Đoạn',
  spansHint: 'Hiện hoặc ẩn bảng các đoạn đã gán nhãn',
  moreLabels: (n) => `${n} nhãn khác`,
  moreLabelsHint: 'Các nhãn không vừa thanh công cụ',
  fullText: 'Hiện toàn bộ đoạn',
  shortText: 'Thu gọn',
  spanText: 'Nội dung đoạn',
}
