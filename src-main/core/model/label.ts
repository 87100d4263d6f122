import { z } from 'zod'

export const LabelId = z
  .string()
  .regex(/^[a-z][a-z0-9_-]{0,63}$/, 'a label id is lower-case letters, digits, "_" or "-", starting with a letter')

export const Label = z.strictObject({
  id: LabelId,
  name: z.string().min(1).max(100),
  /** Name in Vietnamese, shown when the interface is in Vietnamese. */
  name_vi: z.string().max(100),
  color: z.string().regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb'),
  hotkey: z.string().max(1),
  description: z.string().max(2000),
})
export type Label = z.infer<typeof Label>

/** FORMAT.md's default schema. Colours are distinguishable with common colour-vision deficiencies. */
export const DEFAULT_LABELS: readonly Label[] = [
  {
    id: 'commitment',
    name: 'Commitment',
    name_vi: 'Cam kết',
    color: '#e69f00',
    hotkey: '1',
    description: 'A party undertakes or pledges to do something.',
  },
  {
    id: 'agreement',
    name: 'Agreement',
    name_vi: 'Thỏa thuận',
    color: '#0072b2',
    hotkey: '2',
    description: 'Something two or more parties agreed, signed or jointly declared.',
  },
  {
    id: 'figure',
    name: 'Figure',
    name_vi: 'Số liệu',
    color: '#cc3311',
    hotkey: '3',
    description: 'A quantity, amount, date or percentage.',
  },
]
