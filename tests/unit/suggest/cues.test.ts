import { describe, expect, it } from 'vitest'
import { cueHits } from '../../../src-main/core/suggest/cues'
import { pySlice } from '../core/arbitraries'

const cues = (text: string, label?: string): string[] =>
  cueHits(text).filter((h) => !label || h.label === label).map((h) => pySlice(text, h.start, h.end))

describe('cueHits: commitment', () => {
  const cases: Array<[string, string]> = [
    ['Việt Nam sẵn sàng hợp tác cùng Nhật Bản thực hiện các mục tiêu toàn cầu', 'Việt Nam sẵn sàng hợp tác cùng Nhật Bản thực hiện các mục tiêu toàn cầu'],
    ['Tại cuộc gặp, Hàn Quốc cam kết tăng vốn ODA cho Việt Nam.', 'Hàn Quốc cam kết tăng vốn ODA cho Việt Nam'],
    ['Nhân dịp này, Australia tiếp tục hỗ trợ Việt Nam ứng phó biến đổi khí hậu, chuyển đổi năng lượng.', 'Australia tiếp tục hỗ trợ Việt Nam ứng phó biến đổi khí hậu, chuyển đổi năng lượng'],
    ['Thủ tướng khẳng định Chính phủ Việt Nam sẵn sàng tạo mọi điều kiện thuận lợi cho doanh nghiệp.', 'Chính phủ Việt Nam sẵn sàng tạo mọi điều kiện thuận lợi cho doanh nghiệp'],
    ['Bộ Ngoại giao Mỹ khẳng định Washington sẽ tiếp tục hợp tác chặt chẽ với Hà Nội.', 'Washington sẽ tiếp tục hợp tác chặt chẽ với Hà Nội'],
    ['Hai nước đã ký bản ghi nhớ, theo đó Hàn Quốc sẽ tiếp nhận khoảng 10.000 lao động mỗi năm.', 'Hàn Quốc sẽ tiếp nhận khoảng 10.000 lao động mỗi năm'],
    ['Bộ Y tế sẽ cung cấp thêm 2 triệu liều vaccine cho các tỉnh phía Nam.', 'Bộ Y tế sẽ cung cấp thêm 2 triệu liều vaccine cho các tỉnh phía Nam'],
  ]
  it.each(cases)('%s', (text, span) => {
    expect(cues(text, 'commitment')).toEqual([span])
  })

  it('leaves out a fronted adjunct, a trailing aside and what follows "việc"', () => {
    expect(cues('Bày tỏ ủng hộ các sáng kiến giảm phát thải ròng bằng 0 (net zero), Phó Thủ tướng cũng trao đổi về năng lượng.', 'commitment')).toEqual([
      'Bày tỏ ủng hộ các sáng kiến giảm phát thải ròng bằng 0',
    ])
    expect(cues('Kết quả nổi bật là việc hai bên đã ra Tuyên bố chung về nâng cấp quan hệ.', 'agreement')).toEqual([
      'hai bên đã ra Tuyên bố chung về nâng cấp quan hệ',
    ])
    expect(cues('Đánh giá hai nước có thể bổ sung lẫn nhau, Thủ tướng khẳng định Chính phủ sẵn sàng hỗ trợ doanh nghiệp.', 'commitment')).toEqual([
      'Chính phủ sẵn sàng hỗ trợ doanh nghiệp',
    ])
  })

  it('splits separate pledges joined by "và" and by ";"', () => {
    expect(cues('Nhật Bản khẳng định ủng hộ Việt Nam đăng cai APEC và sẵn sàng phối hợp tổ chức sự kiện.', 'commitment')).toEqual([
      'Nhật Bản khẳng định ủng hộ Việt Nam đăng cai APEC',
      'sẵn sàng phối hợp tổ chức sự kiện',
    ])
    expect(cues('EU tiếp tục hỗ trợ Việt Nam chuyển đổi xanh; tiếp tục cung cấp vốn ưu đãi.', 'commitment')).toEqual([
      'EU tiếp tục hỗ trợ Việt Nam chuyển đổi xanh',
      'tiếp tục cung cấp vốn ưu đãi',
    ])
  })

  const negatives: Array<[string, string]> = [
    ['a request', 'Bộ trưởng đề nghị Nhật Bản tiếp tục hỗ trợ Việt Nam phát triển hạ tầng.'],
    ['a wish', 'Phó Thủ tướng mong muốn hai bên sẽ hợp tác chặt chẽ hơn.'],
    ['a prediction', 'Chúng ta tin tưởng chuyến thăm sẽ tăng cường quan hệ hai nước.'],
    ['a scheduled visit', 'Thủ tướng sẽ thăm chính thức Nhật Bản từ ngày 22 đến 25/11.'],
    ['a forecast about relations', 'Quan hệ hai nước sẽ phát triển mạnh mẽ trong thời gian tới.'],
    ['support in a list of nouns', 'Ông cảm ơn sự quan tâm, ủng hộ, giúp đỡ của bạn bè quốc tế.'],
    ['a purpose', 'Chính phủ ban hành nghị định nhằm tạo điều kiện cho doanh nghiệp.'],
    ['a forecast about a thing', 'Dự án sẽ hoàn thành vào quý IV năm 2025.'],
    ['a scheduled meeting', 'Chiều nay, Thủ tướng sẽ tiếp Đại sứ Nhật Bản.'],
    ['a nominal mention', 'Hai nước cần thực hiện các cam kết đã đề ra.'],
    ['thanks for support', 'Ông cảm ơn sự ủng hộ của nhân dân Việt Nam.'],
  ]
  it.each(negatives)('not %s', (_, text) => {
    expect(cues(text, 'commitment')).toEqual([])
  })
})

describe('cueHits: agreement', () => {
  const cases: Array<[string, string]> = [
    ['Nhân dịp này, hai bên đã ký kết 05 văn kiện hợp tác trong các lĩnh vực y tế, giáo dục.', 'hai bên đã ký kết 05 văn kiện hợp tác trong các lĩnh vực y tế, giáo dục'],
    ['Hai nước nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện.', 'Hai nước nhất trí nâng cấp quan hệ lên Đối tác chiến lược toàn diện'],
    ['Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao vào ngày 21/9/1973; hai nước đạt nhiều thành tựu.', 'Việt Nam và Nhật Bản thiết lập quan hệ ngoại giao vào ngày 21/9/1973'],
    ['Các địa phương của hai nước đã ký hơn 70 văn bản hợp tác, trong đó có nhiều cặp tiêu biểu.', 'Các địa phương của hai nước đã ký hơn 70 văn bản hợp tác'],
    ['Hai bộ trưởng đã ra Tuyên bố chung về hợp tác quốc phòng.', 'Hai bộ trưởng đã ra Tuyên bố chung về hợp tác quốc phòng'],
  ]
  it.each(cases)('%s', (text, span) => {
    expect(cues(text, 'agreement')).toEqual([span])
  })

  const negatives: Array<[string, string]> = [
    ['an anniversary', 'Hai nước kỷ niệm 50 năm thiết lập quan hệ ngoại giao.'],
    ['a nominal mention', 'Bộ trưởng đề nghị triển khai các thỏa thuận giữa lãnh đạo cấp cao.'],
    ['a signing ceremony as a noun', 'Lễ ký kết được tổ chức trọng thể tại Hà Nội.'],
    ['"through" a declaration', 'Thông qua Tuyên bố chung và các cuộc trao đổi, hai bên hiểu nhau hơn.'],
    ['a proposal to sign', 'Thủ tướng đề nghị hai bên sớm ký kết hiệp định thương mại.'],
  ]
  it.each(negatives)('not %s', (_, text) => {
    expect(cues(text, 'agreement')).toEqual([])
  })

  it('gives a joint pledge both labels, the agreement with its "khẳng định"', () => {
    const text = 'Hai bộ trưởng đã trao đổi về các vấn đề quốc tế; khẳng định hai bên tiếp tục ủng hộ lẫn nhau tại các diễn đàn đa phương.'
    expect(cues(text, 'commitment')).toEqual(['hai bên tiếp tục ủng hộ lẫn nhau tại các diễn đàn đa phương'])
    expect(cues(text, 'agreement')).toEqual(['khẳng định hai bên tiếp tục ủng hộ lẫn nhau tại các diễn đàn đa phương'])
  })

  it('gives one agreement per extent when two cues agree on it', () => {
    const text = 'Hai bên thống nhất sẽ tổ chức kỳ họp tiếp theo tại Hà Nội.'
    expect(cueHits(text).filter((h) => h.label === 'agreement')).toHaveLength(1)
    expect(cues(text, 'commitment')).toEqual(['Hai bên thống nhất sẽ tổ chức kỳ họp tiếp theo tại Hà Nội'])
  })

  it('scores cues below figures', () => {
    for (const h of cueHits('Hai nước nhất trí tăng cường hợp tác. Nhật Bản sẽ hỗ trợ Việt Nam.')) expect(h.confidence).toBeLessThan(0.7)
  })
})
