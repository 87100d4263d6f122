export * from './migration'
export * from './registry'
