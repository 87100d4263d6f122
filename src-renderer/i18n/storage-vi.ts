/** The words of the export dialog and of the storage views, in Vietnamese; typed against the English ones. */
import type { StorageMessages } from './storage-en'

export const storageVi: StorageMessages = {
  exportDialog: {
    title: 'Xuất dữ liệu',
    format: 'Định dạng',
    mayDrop: 'Định dạng này không chứa được mọi đoạn: những đoạn bị bỏ sẽ được liệt kê sau khi xuất.',
    statuses: 'Văn bản có trạng thái',
    labels: 'Đoạn có nhãn',
    split: 'Chia thành train, dev và test',
    ratio: (part) => `Tỉ lệ ${part}`,
    seed: 'Hạt giống',
    strict: 'Nghiêm ngặt: không ghi gì thay vì bỏ một đoạn',
    submit: 'Xuất',
    badRatios: (sum) => `Các tỉ lệ phải cộng lại bằng 1 (hiện là ${sum}).`,
    noStatus: 'Hãy chọn ít nhất một trạng thái.',
    noLabel: 'Hãy chọn ít nhất một nhãn.',
    progress: 'Tiến độ xuất',
    progressText: (done, total) => `Đang xuất: ${done} / ${total} văn bản`,
    part: (name, documents, spans, path) => `${name}: ${documents} văn bản (${spans} đoạn) ra ${path}`,
    leftovers: (removed, size, restored) =>
      [
        removed ? `đã xoá ${removed} bản xuất dở (${size}) còn lại từ một lần xuất bị ngắt` : '',
        restored ? 'đã đặt lại bản xuất trước đó mà lần xuất bị ngắt đã dời đi' : '',
      ]
        .filter(Boolean)
        .join('; '),
    droppedTitle: (n) => `${n} đoạn bị bỏ`,
    droppedIntro: 'Đã xuất xong, nhưng định dạng không chứa được các đoạn sau:',
    document: 'Văn bản',
    offsets: 'Vị trí',
    label: 'Nhãn',
    text: 'Nội dung',
    reason: 'Lý do',
  },
  damaged: {
    marker: 'Bị hỏng',
    title: 'Tệp của văn bản này bị hỏng',
    hint: 'Hãy sửa tệp bằng tay (hoặc lấy lại từ bản sao lưu); các văn bản khác vẫn dùng được.',
  },
  trash: {
    open: 'Thùng rác',
    openHint: 'Các văn bản đã xóa (khôi phục tại đây)',
    title: 'Thùng rác',
    empty: 'Thùng rác trống.',
    deleteDocument: (title) => `Xóa “${title}” (Delete)`,
    deleted: (title) => `Đã chuyển “${title}” vào thùng rác`,
    deleteFailed: 'Không xóa được văn bản',
    restore: 'Khôi phục',
    restoreNamed: (title) => `Khôi phục “${title}”`,
    restored: (title) => `Đã khôi phục “${title}”`,
    restoreFailed: 'Không khôi phục được văn bản',
    listFailed: 'Không đọc được thùng rác',
    deletedAt: (when) => `xóa lúc ${when}`,
    spans: (n) => `${n} đoạn`,
    undo: 'Hoàn tác',
    confirmTitle: 'Xóa văn bản này?',
    confirmBody: (title, spans) => `“${title}” có ${spans} đoạn đã gán nhãn. Văn bản vào thùng rác cùng các đoạn đó; Ctrl+Z hoặc Khôi phục trong thùng rác sẽ lấy lại.`,
    keep: 'Giữ lại',
    confirmDelete: 'Chuyển vào thùng rác',
  },
  recovered: (titles, trashed) =>
    [
      titles.length ? `Đã khôi phục ${titles.length} văn bản từ một lần nhập bị ngắt, trạng thái chưa làm: ${titles.map((t) => `“${t}”`).join(', ')}.` : '',
      trashed ? `${trashed} tệp không đọc được mà lần nhập đó để lại đã được chuyển vào thùng rác.` : '',
    ]
      .filter(Boolean)
      .join(' '),
  conflicts: {
    open: 'Xung đột',
    openHint: 'Văn bản bị chương trình khác sửa trong lúc bạn sửa',
    title: 'Xung đột',
    empty: 'Không có xung đột nào.',
    notice: (title) => `“${title}” đã bị sửa bên ngoài Spanwright: đang hiện bản bên ngoài, bản của bạn được giữ thành bản sao xung đột.`,
    intro: 'Mỗi văn bản đã bị chương trình khác sửa trong lúc bạn sửa ở đây. Hãy chọn bản muốn giữ; bản kia được chuyển vào thư mục thùng rác.',
    copy: (file, at) => `Bản của bạn: ${file} (lưu lúc ${at})`,
    keepOutside: 'Giữ bản bên ngoài',
    keepMine: 'Giữ bản của tôi',
    resolved: (title) => `Đã giải quyết xung đột của “${title}”`,
    failed: 'Không giải quyết được xung đột',
  },
}
