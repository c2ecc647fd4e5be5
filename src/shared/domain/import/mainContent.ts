/**
 * Picks a saved page's main content from its HTML tree: `<main>`, `[role=main]` or a single
 * `<article>` when the page has one, else the body; then drops page furniture (navigation,
 * header, footer, sidebars, cookie banners, share bars) and everything that is not content
 * (scripts, styles, forms, embeds). Works on the hast tree in place, without a DOM.
 */

import type { Element, ElementContent, Root, RootContent } from 'hast'

const NEVER_CONTENT = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'canvas',
  'video',
  'audio',
  'link',
  'meta',
  'head'
])
const FURNITURE_TAGS = new Set(['nav', 'header', 'footer', 'aside', 'menu', 'dialog'])
const FURNITURE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search'])
// Whole class/id words that name page furniture (not substrings: "navigator" is content).
const FURNITURE_WORDS = new Set([
  'nav',
  'navbar',
  'navigation',
  'menu',
  'sidebar',
  'footer',
  'cookie',
  'cookies',
  'consent',
  'banner',
  'breadcrumb',
  'breadcrumbs',
  'share',
  'social',
  'advert',
  'ads',
  'newsletter',
  'related-posts',
  'comments',
  'toc-sidebar',
  'skip-link',
  'site-header',
  'site-footer'
])

/** Replaces the tree's children with the main content, cleaned of furniture. */
export function selectMainContent(tree: Root): Root {
  const main = findMain(tree)
  const children = (main ? main.children : tree.children) as RootContent[]
  tree.children = clean(children, true) as RootContent[]
  return tree
}

function findMain(tree: Root): Element | null {
  const mains: Element[] = []
  const articles: Element[] = []
  walk(tree.children, (node) => {
    if (node.tagName === 'main' || node.properties['role'] === 'main') mains.push(node)
    else if (node.tagName === 'article') articles.push(node)
  })
  if (mains.length > 0) return mains[0] ?? null
  if (articles.length === 1) return articles[0] ?? null
  return null
}

function clean(nodes: readonly (RootContent | ElementContent)[], top: boolean): ElementContent[] {
  const kept: ElementContent[] = []
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue
    if (node.type !== 'element') {
      kept.push(node as ElementContent)
      continue
    }
    if (NEVER_CONTENT.has(node.tagName) || isFurniture(node, top) || isRemoteImage(node)) continue
    node.children = clean(node.children, false)
    if (node.tagName === 'a' && !isSafeHref(node.properties['href'])) {
      for (const child of node.children) kept.push(child)
      continue
    }
    kept.push(node)
  }
  return kept
}

function isFurniture(node: Element, top: boolean): boolean {
  // A <header> inside an article is usually its title: keep it there.
  if (FURNITURE_TAGS.has(node.tagName) && (top || node.tagName !== 'header')) return true
  const role = node.properties['role']
  if (typeof role === 'string' && FURNITURE_ROLES.has(role)) return true
  if (node.properties['hidden'] !== undefined && node.properties['hidden'] !== false) return true
  if (node.properties['ariaHidden'] === 'true') return true
  return namesFurniture(node.properties['className']) || namesFurniture(node.properties['id'])
}

// A remote image is a tracker or decoration; a local one (an Anki deck's media) is kept as a
// reference.
function isRemoteImage(node: Element): boolean {
  const src = node.properties['src']
  return (
    node.tagName === 'img' &&
    typeof src === 'string' &&
    /^(?:[a-z][\w+.-]*:|\/\/)/i.test(src.trim())
  )
}

// Only web and mail links survive; `javascript:`, `data:` and the like become plain text.
function isSafeHref(href: unknown): boolean {
  if (typeof href !== 'string') return false
  const scheme = /^\s*([a-z][\w+.-]*):/i.exec(href)?.[1]?.toLowerCase()
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto'
}

function namesFurniture(value: unknown): boolean {
  const words = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/\s+/) : []
  return words.some((word) => typeof word === 'string' && FURNITURE_WORDS.has(word.toLowerCase()))
}

function walk(
  nodes: readonly RootContent[] | readonly ElementContent[],
  visit: (el: Element) => void
): void {
  const stack = [...nodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()
    if (!node || node.type !== 'element') continue
    visit(node)
    for (let i = node.children.length - 1; i >= 0; i--)
      stack.push(node.children[i] as ElementContent)
  }
}
