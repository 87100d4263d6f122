export * from './canonical-jsonl'
export * from './problems'
