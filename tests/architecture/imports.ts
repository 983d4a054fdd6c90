import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * The imports between factlint's own modules, read with TypeScript's
 * pre-processor: every `import`, `export … from` and `import()` of a
 * relative path, type-only ones included (a type import is a dependency of
 * the design even when it disappears at run time).
 */
export interface ImportGraph {
  /** Files relative to the repository root (`src/rules/define.ts`), sorted. */
  files: string[]
  /** For each file, the files it imports. */
  imports: Map<string, string[]>
}

export function importGraph(root: string, folder = 'src'): ImportGraph {
  const files = (readdirSync(path.join(root, folder), {recursive: true, encoding: 'utf8'}) as string[])
    .filter((name) => /\.tsx?$/.test(name) && !name.endsWith('.d.ts'))
    .map((name) => path.posix.join(folder, name.split(path.sep).join('/')))
    .sort()
  const known = new Set(files)
  const imports = new Map<string, string[]>()
  for (const file of files) {
    const info = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true)
    const targets = new Set<string>()
    for (const {fileName} of info.importedFiles) {
      if (!fileName.startsWith('.')) continue
      const base = path.posix.join(path.posix.dirname(file), fileName).replace(/\.js$/, '')
      const target = [`${base}.ts`, `${base}.tsx`, `${base}/index.ts`].find((candidate) => known.has(candidate))
      if (!target) throw new Error(`${file}: cannot resolve ${fileName}`)
      targets.add(target)
    }
    imports.set(file, [...targets].sort())
  }
  return {files, imports}
}

/** Every elementary cycle would be too many to print: one cycle per strongly connected component, found by Tarjan's algorithm. */
export function cyclesOf(graph: ImportGraph): string[][] {
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const components: string[][] = []
  let counter = 0
  const visit = (file: string): void => {
    index.set(file, counter)
    low.set(file, counter++)
    stack.push(file)
    onStack.add(file)
    for (const target of graph.imports.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target)
        low.set(file, Math.min(low.get(file)!, low.get(target)!))
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file)!, index.get(target)!))
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = []
      let member: string
      do {
        member = stack.pop()!
        onStack.delete(member)
        component.push(member)
      } while (member !== file)
      if (component.length > 1 || (graph.imports.get(file) ?? []).includes(file)) components.push(component.sort())
    }
  }
  for (const file of graph.files) if (!index.has(file)) visit(file)
  return components.sort((a, b) => (a[0]! < b[0]! ? -1 : 1))
}
