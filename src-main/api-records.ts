/**
 * The one place the method list becomes an object. The session's forwarding
 * api, the preload's window.api and test fakes are built here, so none of them
 * assembles a Record<string, …> by hand and casts it to the contract.
 * Type-only imports: the sandboxed preload bundle stays free of the schemas.
 */
import type { Api, ApiInput, ApiOutput } from './api'
import { API_METHODS, type ApiMethod } from './api-methods'

/** One entry per contract method, each made by `make`. */
export function methodRecord<T>(make: (method: ApiMethod) => T): Record<ApiMethod, T> {
  // API_METHODS is the full key set (api.ts checks it against the contract at compile time).
  return Object.fromEntries(API_METHODS.map((method) => [method, make(method)])) as Record<ApiMethod, T>
}

/** The contract itself, each method made by `make` with that method's own input and output types. */
export function apiRecord(make: <M extends ApiMethod>(method: M) => (input: ApiInput<M>) => Promise<ApiOutput<M>>): Api {
  // TypeScript cannot tie each key of a record built in a loop to its own signature; `make` is typed per method, so this holds.
  return methodRecord(make) as unknown as Api
}
