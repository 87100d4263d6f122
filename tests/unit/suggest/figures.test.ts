import { describe, expect, it } from 'vitest'
import { figureHits } from '../../../src-main/core/suggest/figures'
import { pySlice } from '../core/arbitraries'

/** "text" → [covered text, rule] of every figure hit. */
const figures = (text: string): Array<[string, string]> => figureHits(text).map((h) => [pySlice(text, h.start, h.end), h.rule])

describe('figureHits finds the figure with its qualifier, multiplier and unit', () => {
  const cases: Array<[string, string, string]> = [
    ['Kim ngạch đạt gần 64 tỷ USD trong năm qua.', 'gần 64 tỷ USD', 'figure.money'],
    ['khoản viện trợ hơn 4 tỷ Yên cho y tế', 'hơn 4 tỷ Yên', 'figure.money'],
    ['trao tặng 3 triệu yên cho quỹ', '3 triệu yên', 'figure.money'],
    ['tương đương hơn 6 tỷ VN đồng.', 'hơn 6 tỷ VN đồng', 'figure.money'],
    ['Doanh thu đạt 1.500 tỷ đồng, tăng mạnh.', '1.500 tỷ đồng', 'figure.money'],
    ['gói vay 2,5 triệu EUR từ châu Âu', '2,5 triệu EUR', 'figure.money'],
    ['giá xuất khẩu 1.200 USD/tấn', '1.200 USD/tấn', 'figure.money'],
    ['khoản đầu tư 3 tỷ 500 triệu đồng', '3 tỷ 500 triệu đồng', 'figure.money'],
    ['GDP tăng 7,09% so với cùng kỳ', '7,09%', 'figure.percent'],
    ['lạm phát ở mức 3,5 % trong quý', '3,5 %', 'figure.percent'],
    ['tỷ lệ tiêm chủng đạt trên 90% dân số', 'trên 90%', 'figure.percent'],
    ['cộng đồng 520 nghìn người Việt tại Nhật', '520 nghìn người', 'figure.count_unit'],
    ['với gần 220.000 người đang làm việc', 'gần 220.000 người', 'figure.count_unit'],
    ['viện trợ hơn 4 triệu liều vaccine', 'hơn 4 triệu liều', 'figure.count_unit'],
    ['diện tích 1.200 ha đất trồng lúa', '1.200 ha', 'figure.count_unit'],
    ['tuyến đường dài 100km nối hai tỉnh', '100km', 'figure.count_unit'],
    ['xuất khẩu 7,5 triệu tấn gạo', '7,5 triệu tấn', 'figure.count_unit'],
    ['vùng núi có nơi dưới 8 độ C', 'dưới 8 độ C', 'figure.count_unit'],
    ['kỷ niệm 50 năm thiết lập quan hệ', '50 năm', 'figure.duration'],
    ['Chỉ tính 9 tháng của năm 2021', '9 tháng', 'figure.duration'],
    ['hỗ trợ gần 1,2 triệu khẩu trang', 'gần 1,2 triệu', 'figure.magnitude'],
    ['hai bên đã ký kết 05 văn kiện hợp tác', '05', 'figure.number'],
    ['chuỗi khoảng 500 sự kiện kỷ niệm', 'khoảng 500', 'figure.number'],
    ['Nhật Bản có 4.748 dự án FDI', '4.748', 'figure.number'],
    ['giảm phát thải ròng bằng 0 vào giữa thế kỷ', '0', 'figure.number'],
    ['với ít nhất 12 trận đấu còn lại', 'ít nhất 12', 'figure.number'],
    ['Ngày 12/3, tại Hà Nội', '12/3', 'figure.date.dm'],
    ['ký ngày 21/9/1973 tại Paris', '21/9/1973', 'figure.date.dmy'],
    ['vào tháng 10/2025 tại Kuala Lumpur', 'tháng 10/2025', 'figure.date.month_year'],
    ['thiết lập vào tháng 3 năm 2014', 'tháng 3 năm 2014', 'figure.date.month_year'],
    ['ngày 12 tháng 3 năm 2024 tại Huế', '12 tháng 3 năm 2024', 'figure.date.dmy'],
    ['đánh giá cao năm 2023 là năm thành công', 'năm 2023', 'figure.date.year'],
    ['Năm 2025 thế giới chứng kiến nhiều biến động', 'Năm 2025', 'figure.date.year'],
    ['đăng cai Năm APEC 2027', '2027', 'figure.date.year'],
    ['tăng trưởng trong quý I/2024', 'quý I/2024', 'figure.date.quarter'],
    ['số liệu quý 3 năm 2023 cho thấy', 'quý 3 năm 2023', 'figure.date.quarter'],
    ['chuyến thăm từ ngày 10 - 13/3', '10 - 13/3', 'figure.date.range'],
    ['(từ ngày 27-30/11/2023)', '27-30/11/2023', 'figure.date.range'],
    ['nhiệm kỳ 2021-2026 của Quốc hội', '2021-2026', 'figure.date.range'],
    ['giá tăng 3-5 triệu đồng mỗi lượng', '3-5 triệu đồng', 'figure.money'],
    ['thắng với tỷ số 2-1 trên sân nhà', '2-1', 'figure.range'],
  ]
  it.each(cases)('%s → %s', (text, span, rule) => {
    expect(figures(text)).toContainEqual([span, rule])
  })

  it('splits "từ ngày 27 đến ngày 30/11/2023" in two and drops "ngày"', () => {
    expect(figures('thăm chính thức từ ngày 27 đến ngày 30/11/2023.')).toEqual([
      ['27', 'figure.number'],
      ['30/11/2023', 'figure.date.dmy'],
    ])
  })

  it('keeps "trên" only as a qualifier of an amount: "trên 8 lĩnh vực" is "in 8 fields"', () => {
    expect(figures('hợp tác trên 8 lĩnh vực')).toEqual([['8', 'figure.number']])
    expect(figures('vốn trên 500 tỷ đồng')).toEqual([['trên 500 tỷ đồng', 'figure.money']])
  })

  it('never ends on sentence punctuation', () => {
    expect(figures('Dân số đạt 100 triệu người. Năm 2023, GDP tăng 5%.')).toEqual([
      ['100 triệu người', 'figure.count_unit'],
      ['Năm 2023', 'figure.date.year'],
      ['5%', 'figure.percent'],
    ])
  })
})

describe('figureHits leaves out digits that are no figure', () => {
  const negatives: Array<[string, string]> = [
    ['an ordinal', 'đối tác thương mại thứ 4 của Việt Nam'],
    ['a repeated event', 'Đại hội Đảng toàn quốc lần thứ 13'],
    ['a rank', 'đội tuyển xếp hạng 3 châu Á'],
    ['a name with digits', 'Hội nghị G20 và Hội nghị Cấp cao'],
    ['a disease name', 'đại dịch COVID-19 diễn biến phức tạp'],
    ['a house number', 'trụ sở tại số 2 phố Lê Thánh Tông'],
    ['a document code', 'theo Nghị định 13/2023/NĐ-CP của Chính phủ'],
    ['a plan code', 'ban hành Kế hoạch số 292-KH/TU về việc'],
    ['a document number', 'triển khai Nghị quyết 57 của Bộ Chính trị'],
    ['a meeting name', 'Nghị quyết Hội nghị 11 Ban Chấp hành'],
    ['a summit number', 'Hội nghị cấp cao ASEAN 47 tại Malaysia'],
    ['a district', 'tại Quận 1, TP Hồ Chí Minh'],
    ['a military unit', 'Tiểu đoàn 563 tổ chức kiểm tra'],
    ['a phone number', 'đường dây nóng 0912 345 678 hoạt động'],
    ['a landline', 'liên hệ (024) 3825 1234 để biết thêm'],
    ['a hotline', 'Hotline: 1900 1234'],
    ['a licence plate', 'xe mang biển số 29B-123.45 gặp nạn'],
    ['a road name', 'trên Quốc lộ 1A đoạn qua Hà Tĩnh'],
    ['a URL', 'xem tại https://baoquocte.vn/bai-viet-49025.html nhé'],
    ['a glued technology name', 'mạng 5G phủ sóng toàn quốc'],
    ['a weekday', 'họp vào Thứ 2 hằng tuần'],
    ['a list marker', '1. Tăng cường tin cậy chính trị'],
    ['a number in words', 'hai nước đã ký năm văn kiện'],
  ]
  it.each(negatives)('%s: %s', (_, text) => {
    expect(figures(text)).toEqual([])
  })

  it('keeps the amount after "tổng số" (an amount, not a house number)', () => {
    expect(figures('đứng thứ 2 trong tổng số 140 quốc gia')).toEqual([['140', 'figure.number']])
  })
})

describe('figureHits priors', () => {
  it('gives every hit a confidence in (0, 1] and a stable figure.* rule id', () => {
    for (const h of figureHits('Năm 2023 đạt 5% với 3 tỷ USD, 12/3 và 05 văn kiện.')) {
      expect(h.label).toBe('figure')
      expect(h.rule).toMatch(/^figure\.[a-z_.]+$/)
      expect(h.confidence).toBeGreaterThan(0)
      expect(h.confidence).toBeLessThanOrEqual(1)
    }
  })
})
