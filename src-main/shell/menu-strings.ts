/**
 * The native menu's words, in the window's two languages. The Vietnamese ones are
 * the window's own words for the same commands (src-renderer/i18n/), so a command
 * has one name in the menu and in the window. Roles get explicit labels: Electron
 * would name them in English whatever the window speaks.
 */
import type { UiLocale } from '../api-methods'

export interface MenuStrings {
  file: string
  openWorkspace: string
  openRecent: string
  clearRecent: string
  importFiles: string
  export: string
  close: string
  quit: string
  /** macOS's application menu names the app. */
  quitApp: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  find: string
  findNext: string
  findPrevious: string
  markAs: string
  todo: string
  inProgress: string
  done: string
  skipped: string
  labels: string
  view: string
  nextUnfinished: string
  previousUnfinished: string
  appearance: string
  followSystem: string
  light: string
  dark: string
  language: string
  reload: string
  devTools: string
  resetZoom: string
  zoomIn: string
  zoomOut: string
  fullScreen: string
  review: string
  compareFile: string
  compareFolder: string
  agreement: string
  closeReview: string
  help: string
  guidelines: string
  shortcuts: string
  about: string
  services: string
  hide: string
  hideOthers: string
  showAll: string
}

const en: MenuStrings = {
  file: 'File',
  openWorkspace: 'Open Workspace…',
  openRecent: 'Open Recent',
  clearRecent: 'Clear Recent',
  importFiles: 'Import Files…',
  export: 'Export…',
  close: 'Close Window',
  quit: 'Quit',
  quitApp: 'Quit Spanwright',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  selectAll: 'Select All',
  find: 'Find…',
  findNext: 'Find Next',
  findPrevious: 'Find Previous',
  markAs: 'Mark Document As',
  todo: 'To Do',
  inProgress: 'In Progress',
  done: 'Done',
  skipped: 'Skipped',
  labels: 'Labels…',
  view: 'View',
  nextUnfinished: 'Next Unfinished Document',
  previousUnfinished: 'Previous Unfinished Document',
  appearance: 'Appearance',
  followSystem: 'Follow System',
  light: 'Light',
  dark: 'Dark',
  language: 'Language',
  reload: 'Reload',
  devTools: 'Toggle Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  fullScreen: 'Toggle Full Screen',
  review: 'Review',
  compareFile: 'Compare with File…',
  compareFolder: 'Compare with Workspace Folder…',
  agreement: 'Agreement',
  closeReview: 'Close Review',
  help: 'Help',
  guidelines: 'Annotation Guidelines',
  shortcuts: 'Keyboard Shortcuts',
  about: 'About Spanwright',
  services: 'Services',
  hide: 'Hide Spanwright',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
}

const vi: MenuStrings = {
  file: 'Tệp',
  openWorkspace: 'Mở kho văn bản…',
  openRecent: 'Mở gần đây',
  clearRecent: 'Xóa danh sách gần đây',
  importFiles: 'Nhập tệp…',
  export: 'Xuất dữ liệu…',
  close: 'Đóng cửa sổ',
  quit: 'Thoát',
  quitApp: 'Thoát Spanwright',
  edit: 'Sửa',
  undo: 'Hoàn tác',
  redo: 'Làm lại',
  cut: 'Cắt',
  copy: 'Sao chép',
  paste: 'Dán',
  selectAll: 'Chọn tất cả',
  find: 'Tìm…',
  findNext: 'Kết quả sau',
  findPrevious: 'Kết quả trước',
  markAs: 'Đánh dấu văn bản là',
  todo: 'Chưa làm',
  inProgress: 'Đang làm',
  done: 'Xong',
  skipped: 'Bỏ qua',
  labels: 'Nhãn…',
  view: 'Xem',
  nextUnfinished: 'Văn bản chưa xong tiếp theo',
  previousUnfinished: 'Văn bản chưa xong trước đó',
  appearance: 'Giao diện',
  followSystem: 'Theo hệ thống',
  light: 'Sáng',
  dark: 'Tối',
  language: 'Ngôn ngữ',
  reload: 'Tải lại',
  devTools: 'Bật/tắt công cụ nhà phát triển',
  resetZoom: 'Cỡ thật',
  zoomIn: 'Phóng to',
  zoomOut: 'Thu nhỏ',
  fullScreen: 'Bật/tắt toàn màn hình',
  review: 'Đối chiếu',
  compareFile: 'Đối chiếu với tệp…',
  compareFolder: 'Đối chiếu với thư mục kho văn bản…',
  agreement: 'Độ đồng thuận',
  closeReview: 'Đóng đối chiếu',
  help: 'Trợ giúp',
  guidelines: 'Hướng dẫn gán nhãn',
  shortcuts: 'Phím tắt',
  about: 'Giới thiệu Spanwright',
  services: 'Dịch vụ',
  hide: 'Ẩn Spanwright',
  hideOthers: 'Ẩn ứng dụng khác',
  showAll: 'Hiện tất cả',
}

export const MENU_STRINGS: Record<UiLocale, MenuStrings> = { en, vi }
