export * from './document'
export * from './label'
export * from './span'
export * from './workspace-index'
