import {existsSync, readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import type {Root} from 'mdast'
import {toString} from 'mdast-util-to-string'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {visit} from 'unist-util-visit'
import {expect, test} from 'vitest'

const root = path.resolve(import.meta.dirname, '../..')
const pages = ['README.md', 'CHANGELOG.md', ...readdirSync(path.join(root, 'docs'), {recursive: true, encoding: 'utf8'}).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]

function treeOf(page: string): Root {
  return unified().use(remarkParse).parse(readFileSync(path.join(root, page), 'utf8'))
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens. */
function anchorsOf(page: string): Set<string> {
  const anchors = new Set<string>()
  visit(treeOf(page), 'heading', (heading) => {
    anchors.add(toString(heading).toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'))
  })
  return anchors
}

test('every relative link of the README and docs/ leads to a file, and to a heading of it', () => {
  const broken: string[] = []
  for (const page of pages) {
    visit(treeOf(page), 'link', (link) => {
      if (/^[a-z]+:/i.test(link.url)) return
      const [target = '', anchor] = link.url.split('#')
      const file = target ? path.join(path.dirname(page), decodeURIComponent(target)) : page
      if (!existsSync(path.join(root, file))) broken.push(`${page}: ${link.url} (no such file)`)
      else if (anchor && file.endsWith('.md') && !anchorsOf(file).has(anchor)) broken.push(`${page}: ${link.url} (no such heading)`)
    })
  }
  expect(pages.length).toBeGreaterThan(5)
  expect(broken).toEqual([])
})
