import { describe, expect, it } from 'vitest'
import { furnitureLines, headlineRange } from '../../../src-main/core/page-furniture'
import { pySlice } from '../core/arbitraries'

const furniture = (text: string): string[] => furnitureLines(text).map(([s, e]) => pySlice(text, s, e))
const headline = (text: string): string | null => {
  const r = headlineRange(text)
  return r && pySlice(text, r[0], r[1])
}

describe('furnitureLines finds page furniture by its shape', () => {
  const lines: Array<[string, string]> = [
    ['a weekday dateline', 'Thứ năm 23/01/2025 13:52'],
    ['a dateline with time zone', '12/03/2024 - 08:15 GMT+7'],
    ['a time then date', '12:10 | 22/11/2021 GMT+7'],
    ['a relative time', '3 giờ trước'],
    ['a relative time glued to a label', '45 phút trướcBài gốc'],
    ['an update line', 'Cập nhật: 08:30 ngày 05/06/2024'],
    ['a source', 'Theo TTXVN'],
    ['a source in brackets', '(theo VOV)'],
    ['a photo credit alone', '(Ảnh: VGP)'],
    ['an agency acronym', 'PV'],
    ['a byline', 'Minh Anh'],
    ['two bylines', 'Hoàng Long - Thu Trang'],
    ['agency and paper', 'TTXVN/Báo Tin tức'],
    ['a breadcrumb', 'Trang chủ Kinh tế Tài chính'],
    ['an arrow breadcrumb', 'Thời sự > Chính trị'],
    ['a follow prompt', 'Theo dõi Báo Thanh Niên trên Google News'],
    ['a QR prompt', 'Mời bạn quét mã QR để theo dõi báo trên Zalo'],
    ['a URL', 'https://vnexpress.net/kinh-te-4812345.html'],
    ['a share control', 'Chia sẻ:'],
    ['an inline related link', 'Xem thêm: Giá vàng hôm nay tăng mạnh'],
  ]
  it.each(lines)('%s: %s', (_, line) => {
    const text = `Giá xăng giảm mạnh từ chiều nay\n${line}\nGiá xăng RON 95 giảm 500 đồng mỗi lít từ 15h chiều nay, theo liên bộ Công Thương - Tài chính.`
    expect(furniture(text)).toEqual([line])
  })

  it('makes a related-articles heading and everything after it furniture', () => {
    const text = [
      'Hà Nội khởi công cầu Tứ Liên',
      'Sáng 19/5, thành phố khởi công cầu Tứ Liên với tổng vốn hơn 19.700 tỷ đồng.',
      'Tin cùng chuyên mục',
      'Giá vàng tăng 2 triệu đồng mỗi lượng',
      'Xuất khẩu gạo đạt 3 tỷ USD',
    ].join('\n')
    expect(furniture(text)).toEqual(['Tin cùng chuyên mục', 'Giá vàng tăng 2 triệu đồng mỗi lượng', 'Xuất khẩu gạo đạt 3 tỷ USD'])
  })

  it('finds related-article teasers: a title twice, then its snippet', () => {
    const text = [
      'Đội tuyển Việt Nam thắng 3-0',
      'Tối 10/6, đội tuyển Việt Nam thắng Lào 3-0 trên sân Mỹ Đình trước 20.000 khán giả.',
      '',
      'Giá điện tăng 4,8% từ hôm nay',
      '',
      'Giá điện tăng 4,8% từ hôm nay',
      '',
      'Bộ Công Thương vừa quyết định tăng giá bán lẻ điện bình quân ...',
      'Hai bộ trưởng ký hiệp định Hai bộ trưởng ký hiệp định',
      'Hiệp định có hiệu lực từ năm 2026.',
    ].join('\n')
    expect(furniture(text)).toEqual([
      'Giá điện tăng 4,8% từ hôm nay',
      'Giá điện tăng 4,8% từ hôm nay',
      'Bộ Công Thương vừa quyết định tăng giá bán lẻ điện bình quân ...',
      'Hai bộ trưởng ký hiệp định Hai bộ trưởng ký hiệp định',
      'Hiệp định có hiệu lực từ năm 2026.',
    ])
  })

  it('keeps the headline, its repeat, the lead and photo captions as content', () => {
    const text = [
      'Thủ tướng đề nghị tăng cường hợp tác trên 8 lĩnh vực',
      '',
      'Thủ tướng đề nghị tăng cường hợp tác trên 8 lĩnh vực',
      '2 giờ trước',
      'Chiều 15/12, Thủ tướng tiếp đoàn doanh nghiệp Nhật Bản.',
      'Thủ tướng phát biểu tại buổi tiếp. Ảnh: VGP',
    ].join('\n')
    expect(furniture(text)).toEqual(['2 giờ trước'])
  })

  it('keeps a photo caption shown twice and the paragraph after it as content', () => {
    const caption = 'Thủ tướng tiếp Đại sứ Nhật Bản tại Hà Nội. (Ảnh: VGP)'
    const lead = 'Tại cuộc gặp, Thủ tướng đề nghị hai bên tăng cường hợp tác trên 8 lĩnh vực, ' + 'trong đó có chuyển đổi số, năng lượng sạch và đào tạo nhân lực. '.repeat(5)
    expect(furniture(['Thủ tướng tiếp Đại sứ Nhật Bản', caption, caption, '', lead].join('\n'))).toEqual([])
  })

  it('does not take a sentence that starts like a source for one', () => {
    expect(furniture('Tiêu đề bài\nTheo đó, nguồn nhân lực chất lượng cao là điều kiện tiên quyết.')).toEqual([])
  })

  it('gives code-point offsets after astral characters', () => {
    const text = '𠀋👩‍👩‍👧 Tiêu đề\nTheo TTXVN'
    const [range] = furnitureLines(text)
    expect(range).toEqual([Array.from('𠀋👩‍👩‍👧 Tiêu đề\n').length, Array.from(text).length])
  })
})

describe('headlineRange', () => {
  it('is the first line that is not furniture', () => {
    expect(headline('Trang chủ Thời sự\n12:10 | 22/11/2021 GMT+7\n\nĐưa quan hệ lên tầm cao mới\nNội dung.')).toBe('Đưa quan hệ lên tầm cao mới')
  })
  it('is null when every line is furniture', () => {
    expect(headlineRange('Theo TTXVN\n\n3 giờ trước')).toBeNull()
    expect(headlineRange('')).toBeNull()
  })
})
