export { rt } from './messages'
export type { ReviewMessages } from './en'
