import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseVietnameseNumber } from '../../../src-main/core/vietnamese-number'

const cases = (rows: Array<[string, number, string]>) => rows.map(([text, value, unit]) => ({ text, value, unit }))

describe('parseVietnameseNumber', () => {
  it('reads digits with scale words, "." between thousands and "," before decimals', () => {
    const rows = cases([
      ['1.500 tỷ', 1.5e12, ''],
      ['1.500 tỷ đồng', 1.5e12, 'đồng'],
      ['3 triệu', 3e6, ''],
      ['3 triệu yên', 3e6, 'yên'],
      ['520 nghìn người', 520_000, 'người'],
      ['520 ngàn người', 520_000, 'người'],
      ['05', 5, ''],
      ['05 văn kiện hợp tác', 5, 'văn kiện hợp tác'],
      ['2,5 triệu USD', 2_500_000, 'USD'],
      ['1,1 triệu', 1_100_000, ''],
      ['0,3 tỷ', 300_000_000, ''],
      ['1.234.567', 1_234_567, ''],
      ['1.500.000,75 đồng', 1_500_000.75, 'đồng'],
      ['1,500,000 đồng', 1_500_000, 'đồng'],
      ['1.5 tỷ', 1.5e9, ''],
      ['12.5', 12.5, ''],
      ['500 tỉ', 5e11, ''],
      ['5 trăm triệu', 5e8, ''],
      ['3 chục', 30, ''],
    ])
    for (const r of rows) expect(parseVietnameseNumber(r.text), r.text).toEqual({ value: r.value, unit: r.unit })
  })

  it('multiplies consecutive scale words and sums falling scales', () => {
    const rows = cases([
      ['2 nghìn tỷ đồng', 2e12, 'đồng'],
      ['1 triệu tỷ', 1e15, ''],
      ['3 tỷ 500 triệu', 3.5e9, ''],
      ['1 triệu 200 nghìn người', 1_200_000, 'người'],
      ['1 triệu rưỡi', 1_500_000, ''],
      ['hai nghìn rưỡi', 2500, ''],
    ])
    for (const r of rows) expect(parseVietnameseNumber(r.text), r.text).toEqual({ value: r.value, unit: r.unit })
  })

  it('reads numbers written in words', () => {
    const rows = cases([
      ['hai bên', 2, 'bên'],
      ['ba nước', 3, 'nước'],
      ['mười', 10, ''],
      ['mười lăm', 15, ''],
      ['hai mươi', 20, ''],
      ['hai mươi mốt', 21, ''],
      ['hai mươi tư', 24, ''],
      ['hai mươi lăm người', 25, 'người'],
      ['năm mươi năm', 50, 'năm'],
      ['một trăm', 100, ''],
      ['một trăm linh năm', 105, ''],
      ['ba trăm lẻ hai', 302, ''],
      ['chín trăm chín mươi chín', 999, ''],
      ['năm triệu', 5e6, ''],
      ['ba trăm nghìn tỷ đồng', 3e14, 'đồng'],
    ])
    for (const r of rows) expect(parseVietnameseNumber(r.text), r.text).toEqual({ value: r.value, unit: r.unit })
  })

  it('reads years, percentages and signs', () => {
    const rows = cases([
      ['năm 2050', 2050, 'năm'],
      ['Năm 2050', 2050, 'năm'],
      ['đến năm 2030, hai nước', 2030, 'năm'],
      ['15%', 15, '%'],
      ['2,5%', 2.5, '%'],
      ['tăng 7 phần trăm', 7, '%'],
      ['-3,5%', -3.5, '%'],
      ['âm −2 độ', -2, 'độ'],
    ])
    for (const r of rows) expect(parseVietnameseNumber(r.text), r.text).toMatchObject({ value: r.value, unit: r.unit })
  })

  it('skips words before the number and stops the unit at punctuation', () => {
    const rows = cases([
      ['hơn 500 hoạt động', 500, 'hoạt động'],
      ['khoảng 3 triệu người (năm ngoái)', 3e6, 'người'],
      ['cam kết hỗ trợ 1.500 tỷ đồng, năm 2050.', 1.5e12, 'đồng'],
      ['gần 40 năm.', 40, 'năm'],
      ['kỷ niệm 50 năm hai nước', 50, 'năm hai nước'],
      ['COVID-19 và 3 triệu liều', 3e6, 'liều'],
    ])
    for (const r of rows) expect(parseVietnameseNumber(r.text), r.text).toEqual({ value: r.value, unit: r.unit })
  })

  it('says nothing for dates, ranges, lone ambiguous words or text without a number', () => {
    for (const text of ['Ngày 27/2', 'ngày 27/2/2024', '3-5 triệu', 'năm nay', 'tư nhân', 'Nhật Bản', '', '...', 'triệu', 'mốt']) {
      expect(parseVietnameseNumber(text), text).toBeNull()
    }
  })

  it('accepts decomposed (NFD) text as its composed form', () => {
    expect(parseVietnameseNumber('3 trie\u0323\u0302u ye\u0302n')).toEqual({ value: 3e6, unit: 'yên' })
    expect(parseVietnameseNumber('1.500 ty\u0309')).toEqual({ value: 1.5e12, unit: '' })
  })

  it('reads back any whole number written with "." between thousands, exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const written = n.toLocaleString('de-DE') // "." between thousands, as Vietnamese writes it
        expect(parseVietnameseNumber(`${written} đồng`)).toEqual({ value: n, unit: 'đồng' })
      }),
    )
  })

  it('a number with a scale word is the number times the power of ten, for any decimals', () => {
    const scales = { nghìn: 3, triệu: 6, tỷ: 9 } as const
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom(...Object.keys(scales)), (int, frac, word) => {
        const exp = scales[word as keyof typeof scales]
        const fracText = String(frac).padStart(2, '0')
        expect(parseVietnameseNumber(`${int},${fracText} ${word}`)?.value).toBe(Number(`${int}${fracText}e${exp - 2}`))
      }),
    )
  })

  it('never throws and gives a finite value on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'0123456789.,-/% năm tỷ triệu nghìn mươi trăm linh rưỡi hai'.split('')) }), (text) => {
        const parsed = parseVietnameseNumber(text)
        if (parsed) expect(Number.isFinite(parsed.value)).toBe(true)
      }),
    )
  })
})
