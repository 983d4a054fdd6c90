import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, test} from 'vitest'
import {ROOT} from '../support/cli.js'
import {cyclesOf, importGraph, type ImportGraph} from './imports.js'

/** The layers of docs/architecture.md's table: number → the paths (folders end with '/') it holds. */
function layersOfDocs(): Map<string, number> {
  const page = readFileSync(path.join(ROOT, 'docs', 'architecture.md'), 'utf8')
  const layers = new Map<string, number>()
  for (const row of page.matchAll(/^\| (\d+) \|[^|]*\|([^|]*)\|/gm)) {
    for (const [, place] of row[2]!.matchAll(/`(src\/[^`]*)`/g)) layers.set(place!, Number(row[1]))
  }
  return layers
}

function layerOf(file: string, layers: Map<string, number>): number | undefined {
  if (layers.has(file)) return layers.get(file)
  const folder = file.split('/').slice(0, 2).join('/') + '/'
  return layers.get(folder)
}

function upwardImports(graph: ImportGraph, layers: Map<string, number>): string[] {
  const upward: string[] = []
  for (const [file, targets] of graph.imports) {
    for (const target of targets) {
      if (layerOf(target, layers)! > layerOf(file, layers)!) upward.push(`${file} (layer ${layerOf(file, layers)}) imports ${target} (layer ${layerOf(target, layers)})`)
    }
  }
  return upward
}

describe('the import graph of src/', () => {
  const graph = importGraph(ROOT)
  const layers = layersOfDocs()

  test('docs/architecture.md puts every file of src/ in a layer', () => {
    expect(layers.size).toBeGreaterThan(10)
    expect(graph.files.length).toBeGreaterThan(50)
    expect(graph.files.filter((file) => layerOf(file, layers) === undefined)).toEqual([])
  })

  test('no file imports from a higher layer', () => {
    expect(upwardImports(graph, layers)).toEqual([])
  })

  test('no import cycle between files (type imports included)', () => {
    expect(cyclesOf(graph).map((cycle) => cycle.join(' ↔ '))).toEqual([])
  })
})

describe('the checks themselves', () => {
  const graph = (edges: Record<string, string[]>): ImportGraph => ({files: Object.keys(edges).sort(), imports: new Map(Object.entries(edges))})

  test('a cycle through three files is one cycle; a chain and a diamond are none', () => {
    expect(cyclesOf(graph({'a.ts': ['b.ts'], 'b.ts': ['c.ts'], 'c.ts': ['a.ts'], 'd.ts': ['a.ts']}))).toEqual([['a.ts', 'b.ts', 'c.ts']])
    expect(cyclesOf(graph({'a.ts': ['b.ts', 'c.ts'], 'b.ts': ['d.ts'], 'c.ts': ['d.ts'], 'd.ts': []}))).toEqual([])
    expect(cyclesOf(graph({'a.ts': ['a.ts']}))).toEqual([['a.ts']])
  })

  test('an analysis importing the engine is upward; the engine importing an analysis is not', () => {
    const layers = new Map([['src/engine/', 6], ['src/dates/', 3], ['src/types.ts', 1]])
    const imports = graph({'src/dates/analysis.ts': ['src/engine/document.ts', 'src/types.ts'], 'src/engine/lint.ts': ['src/dates/calendar.ts'], 'src/engine/document.ts': [], 'src/dates/calendar.ts': [], 'src/types.ts': []})
    expect(upwardImports(imports, layers)).toEqual(['src/dates/analysis.ts (layer 3) imports src/engine/document.ts (layer 6)'])
  })

  test('the graph reads type imports, re-exports and dynamic imports', () => {
    const engine = importGraph(ROOT).imports
    expect(engine.get('src/rules/define.ts')).toContain('src/document/messages.ts')
    expect(engine.get('src/cli/main.ts')).toContain('src/cli/commands/timeline.ts')
    expect(engine.get('src/engine/serialize.ts')).toContain('src/document/document.ts')
  })
})
