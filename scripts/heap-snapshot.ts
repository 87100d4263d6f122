/**
 * A V8 heap snapshot (DevTools' HeapProfiler.takeHeapSnapshot) read into flat arrays,
 * summed by kind (strings, arrays, typed-array bytes, objects by constructor, closures)
 * and by retained size (dominator tree, weak edges left out as DevTools does), for
 * scripts/profile-heap.mts.
 */
import type { CDPSession } from 'playwright-core'

export interface RawSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] }; node_count: number }
  nodes: number[]
  edges: number[]
  strings: string[]
}

export interface HeapGraph {
  count: number
  type: string[]
  name: string[]
  selfSize: Float64Array
  /** Edges of node i: firstEdge[i] … firstEdge[i + 1] - 1. */
  firstEdge: Uint32Array
  edgeTo: Uint32Array
  edgeType: string[]
  edgeName: string[]
  retained: Float64Array
  /** Immediate dominator of each node (the root dominates itself). */
  dominator: Int32Array
}

/** A heap of one empty root: what a baseline is set against to list all it holds. */
export const EMPTY_SNAPSHOT: RawSnapshot = {
  snapshot: {
    meta: { node_fields: ['type', 'name', 'id', 'self_size', 'edge_count'], node_types: [['synthetic']], edge_fields: ['type', 'name_or_index', 'to_node'], edge_types: [['element']] },
    node_count: 1,
  },
  nodes: [0, 0, 1, 0, 0],
  edges: [],
  strings: [''],
}

/** Takes a snapshot of the page's heap (after a garbage collection, as the snapshot always does). */
export async function takeSnapshot(cdp: CDPSession): Promise<HeapGraph> {
  const chunks: string[] = []
  const onChunk = (e: { chunk: string }): void => void chunks.push(e.chunk)
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk)
  await cdp.send('HeapProfiler.enable')
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false, captureNumericValue: false })
  cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk)
  return readSnapshot(JSON.parse(chunks.join('')) as RawSnapshot)
}

export function readSnapshot(raw: RawSnapshot): HeapGraph {
  const meta = raw.snapshot.meta
  const nf = meta.node_fields.length
  const ef = meta.edge_fields.length
  const nodeTypes = meta.node_types[0]
  const edgeTypes = meta.edge_types[0]
  const [fType, fName, fSize, fEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f)) as [number, number, number, number]
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f)) as [number, number, number]
  const count = raw.nodes.length / nf
  const type = new Array<string>(count)
  const name = new Array<string>(count)
  const selfSize = new Float64Array(count)
  const firstEdge = new Uint32Array(count + 1)
  let edges = 0
  for (let i = 0; i < count; i++) {
    const at = i * nf
    type[i] = nodeTypes[raw.nodes[at + fType] as number] as string
    name[i] = raw.strings[raw.nodes[at + fName] as number] as string
    selfSize[i] = raw.nodes[at + fSize] as number
    firstEdge[i] = edges
    edges += raw.nodes[at + fEdges] as number
  }
  firstEdge[count] = edges
  const edgeTo = new Uint32Array(edges)
  const edgeType = new Array<string>(edges)
  const edgeName = new Array<string>(edges)
  for (let e = 0; e < edges; e++) {
    const at = e * ef
    const t = edgeTypes[raw.edges[at + eType] as number] as string
    edgeType[e] = t
    const n = raw.edges[at + eName] as number
    edgeName[e] = t === 'element' || t === 'hidden' ? `[${n}]` : (raw.strings[n] as string)
    edgeTo[e] = (raw.edges[at + eTo] as number) / nf
  }
  const graph: HeapGraph = { count, type, name, selfSize, firstEdge, edgeTo, edgeType, edgeName, retained: new Float64Array(count), dominator: new Int32Array(count) }
  dominate(graph)
  return graph
}

/** Immediate dominators (Cooper, Harvey and Kennedy's iterative algorithm) and retained sizes; node 0 is the root. */
function dominate(g: HeapGraph): void {
  const { count, firstEdge, edgeTo, edgeType } = g
  const strong = (e: number): boolean => edgeType[e] !== 'weak'
  // Post-order by an explicit DFS from the root.
  const order = new Int32Array(count).fill(-1)
  const post: number[] = []
  const stack: number[] = [0]
  const next = new Uint32Array(count)
  for (let i = 0; i < count; i++) next[i] = firstEdge[i] as number
  order[0] = -2
  while (stack.length) {
    const v = stack[stack.length - 1] as number
    const e = next[v] as number
    if (e < (firstEdge[v + 1] as number)) {
      next[v] = e + 1
      const w = edgeTo[e] as number
      if (strong(e) && order[w] === -1) {
        order[w] = -2
        stack.push(w)
      }
    } else {
      stack.pop()
      order[v] = post.length
      post.push(v)
    }
  }
  const preds: number[][] = Array.from({ length: count }, () => [])
  for (let v = 0; v < count; v++) {
    if (order[v] === -1) continue
    for (let e = firstEdge[v] as number; e < (firstEdge[v + 1] as number); e++) if (strong(e)) (preds[edgeTo[e] as number] as number[]).push(v)
  }
  const dom = g.dominator.fill(-1)
  dom[0] = 0
  const intersect = (a: number, b: number): number => {
    while (a !== b) {
      while ((order[a] as number) < (order[b] as number)) a = dom[a] as number
      while ((order[b] as number) < (order[a] as number)) b = dom[b] as number
    }
    return a
  }
  for (let changed = true; changed; ) {
    changed = false
    for (let k = post.length - 1; k >= 0; k--) {
      const v = post[k] as number
      if (v === 0) continue
      let idom = -1
      for (const p of preds[v] as number[]) {
        if (dom[p] === -1) continue
        idom = idom === -1 ? p : intersect(p, idom)
      }
      if (idom !== -1 && dom[v] !== idom) {
        dom[v] = idom
        changed = true
      }
    }
  }
  const retained = g.retained
  for (const v of post) retained[v] = (retained[v] as number) + (g.selfSize[v] as number)
  for (const v of post) if (v !== 0 && (dom[v] as number) >= 0) retained[dom[v] as number] = (retained[dom[v] as number] as number) + (retained[v] as number)
}

/** What a node is, in a few words: strings by their start, objects by constructor, closures by function. */
export function describe(g: HeapGraph, i: number): string {
  const t = g.type[i] as string
  const n = g.name[i] as string
  if (t === 'string' || t === 'concatenated string' || t === 'sliced string') return `${t} "${n.slice(0, 40).replace(/\n/g, '\\n')}${n.length > 40 ? '…' : ''}"`
  if (t === 'closure') return `closure ${n || '(anonymous)'}`
  return `${t} ${n.slice(0, 60)}`
}

/** Self size by kind: strings (by type), arrays, closures, objects by constructor, native (typed arrays' bytes). */
export function byKind(g: HeapGraph): Map<string, { count: number; size: number }> {
  const sums = new Map<string, { count: number; size: number }>()
  for (let i = 0; i < g.count; i++) {
    const t = g.type[i] as string
    const n = g.name[i] as string
    const key = t === 'object' || t === 'native' || t === 'array' || t === 'hidden' || t === 'synthetic' ? `${t} ${n.slice(0, 50)}` : t
    const s = sums.get(key) ?? { count: 0, size: 0 }
    s.count++
    s.size += g.selfSize[i] as number
    sums.set(key, s)
  }
  return sums
}

/** The chain of dominators from the root to node i, each step named by an edge that reaches it. */
export function dominatorPath(g: HeapGraph, i: number, max = 8): string {
  const chain: number[] = []
  for (let v = i; v !== 0 && chain.length < 40; v = g.dominator[v] as number) {
    chain.push(v)
    if ((g.dominator[v] as number) < 0) break
  }
  chain.reverse()
  const steps = chain.map((v, k) => {
    const from = k === 0 ? 0 : (chain[k - 1] as number)
    let edge = ''
    for (let e = g.firstEdge[from] as number; e < (g.firstEdge[from + 1] as number); e++) if (g.edgeTo[e] === v) edge = g.edgeName[e] as string
    return `${edge ? `.${edge}` : ' →'} (${describe(g, v)})`
  })
  return steps.length > max ? [...steps.slice(0, 2), ' …', ...steps.slice(-max + 2)].join('') : steps.join('')
}

/** An object's constructor and its first property names (what an Object literal is); other nodes as describe() says. */
export function shape(g: HeapGraph, i: number): string {
  const t = g.type[i] as string
  if (t !== 'object') return t.includes('string') ? 'string' : `${t} ${(g.name[i] as string).slice(0, 40)}`
  const keys: string[] = []
  for (let e = g.firstEdge[i] as number; e < (g.firstEdge[i + 1] as number) && keys.length < 6; e++) {
    if (g.edgeType[e] === 'property' && g.edgeName[e] !== '__proto__') keys.push(g.edgeName[e] as string)
  }
  return `${g.name[i]}{${keys.join(',')}}`
}

/** Self size of the nodes `pick` takes, summed by what holds them: up to `depth` dominators (shape and edge). */
export function byHolder(g: HeapGraph, pick: (i: number) => boolean, depth = 2): Map<string, { count: number; size: number }> {
  const sums = new Map<string, { count: number; size: number }>()
  const edgeTo = (from: number, to: number): string => {
    for (let e = g.firstEdge[from] as number; e < (g.firstEdge[from + 1] as number); e++) if (g.edgeTo[e] === to) return g.edgeType[e] === 'element' ? '[n]' : (g.edgeName[e] as string)
    return '?'
  }
  for (let i = 0; i < g.count; i++) {
    if (!pick(i)) continue
    let key = shape(g, i)
    for (let v = i, k = 0; k < depth; k++) {
      const d = g.dominator[v] as number
      if (d < 0 || v === 0) break
      key += `  ←.${edgeTo(d, v)} ${shape(g, d)}`
      if (g.type[d] === 'synthetic') break
      v = d
    }
    const s = sums.get(key) ?? { count: 0, size: 0 }
    s.count++
    s.size += g.selfSize[i] as number
    sums.set(key, s)
  }
  return sums
}
