/** Review mode's words in the interface language (i18n/'s; reactive like `t()`). */
import { locale } from '../../i18n'
import { reviewEn, type ReviewMessages } from './en'
import { reviewVi } from './vi'

export function rt(): ReviewMessages {
  return locale() === 'vi' ? reviewVi : reviewEn
}
