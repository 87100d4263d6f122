import { z } from 'zod'
import { AttributeDefinition, DEFAULT_ATTRIBUTES } from './attribute-definition'

export const LABEL_ID_RULE = 'a label id is lower-case letters, digits, "_" or "-", starting with a letter'
export const LabelId = z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/, LABEL_ID_RULE)

/** One language's annotation guideline for a label: what it marks, with examples. */
export const LabelGuideline = z.strictObject({
  definition: z.string().max(4000),
  examples: z.array(z.string().min(1).max(1000)).max(50),
})
export type LabelGuideline = z.infer<typeof LabelGuideline>
export const LabelGuidelines = z.strictObject({ en: LabelGuideline, vi: LabelGuideline })
export type LabelGuidelines = z.infer<typeof LabelGuidelines>

export const Label = z.strictObject({
  id: LabelId,
  name: z.string().min(1).max(100),
  /** Name in Vietnamese, shown when the interface is in Vietnamese. */
  name_vi: z.string().max(100),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb'),
  hotkey: z.string().max(1),
  description: z.string().max(2000),
  /** The guideline in English and Vietnamese (the Guidelines panel); absent in older workspaces, where `description` stands in. */
  guidelines: LabelGuidelines.optional(),
  /** Typed attributes of its spans (edited in the span panel); absent in older workspaces: see attributeDefinitions. */
  attributes: z.array(AttributeDefinition).max(50).optional(),
})
export type Label = z.infer<typeof Label>

/** docs/format.md's default schema. Colours are distinguishable with common colour-vision deficiencies. */
export const DEFAULT_LABELS: readonly Label[] = [
  {
    id: 'commitment',
    name: 'Commitment',
    name_vi: 'Cam kết',
    color: '#e69f00',
    hotkey: '1',
    attributes: DEFAULT_ATTRIBUTES.commitment.map((a) => ({ ...a })),
    description: 'A party undertakes or pledges to do something.',
    guidelines: {
      en: {
        definition: 'A party undertakes or pledges to do something. Mark the pledge: the party, the verb of commitment and what is promised.',
        examples: ['Nhật Bản tiếp tục hỗ trợ Việt Nam đào tạo nguồn nhân lực (Japan will keep helping Vietnam train its workforce)'],
      },
      vi: {
        definition: 'Một bên hứa hoặc cam kết sẽ làm một việc. Đánh dấu lời cam kết: bên cam kết, động từ cam kết và điều được hứa.',
        examples: ['Nhật Bản tiếp tục hỗ trợ Việt Nam đào tạo nguồn nhân lực'],
      },
    },
  },
  {
    id: 'agreement',
    name: 'Agreement',
    name_vi: 'Thỏa thuận',
    color: '#0072b2',
    hotkey: '2',
    attributes: DEFAULT_ATTRIBUTES.agreement.map((a) => ({ ...a })),
    description: 'Something two or more parties agreed, signed or jointly declared.',
    guidelines: {
      en: {
        definition: 'Something two or more parties agreed, signed or jointly declared. Mark what was agreed, with the act of agreeing.',
        examples: ['hai bên đã ký kết 05 văn kiện hợp tác (the two sides signed 5 cooperation documents)'],
      },
      vi: {
        definition: 'Điều mà hai hay nhiều bên đã thỏa thuận, ký kết hoặc cùng tuyên bố. Đánh dấu nội dung thỏa thuận cùng hành động ký kết.',
        examples: ['hai bên đã ký kết 05 văn kiện hợp tác'],
      },
    },
  },
  {
    id: 'figure',
    name: 'Figure',
    name_vi: 'Số liệu',
    color: '#cc3311',
    hotkey: '3',
    attributes: DEFAULT_ATTRIBUTES.figure.map((a) => ({ ...a })),
    description: 'A quantity, amount, date or percentage.',
    guidelines: {
      en: {
        definition: 'A quantity, amount, date or percentage: the number with its unit, nothing more.',
        examples: ['3 triệu yên (3 million yen)', '520 nghìn người (520 thousand people)', 'năm 2050 (the year 2050)'],
      },
      vi: {
        definition: 'Một số lượng, số tiền, ngày tháng hoặc tỷ lệ phần trăm: con số cùng đơn vị của nó.',
        examples: ['3 triệu yên', '520 nghìn người', 'năm 2050'],
      },
    },
  },
]
