export * from './canonical-record'
