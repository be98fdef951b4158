// vis-timeline templates: DOM built from text nodes only, so nothing from an article is ever parsed as HTML.
import { highlight } from './filters'
import type { VisGroup, VisItem } from './mapping'

function el(tag: string, className: string, text?: string): HTMLElement {
  const e = document.createElement(tag)
  e.className = className
  if (text !== undefined) e.textContent = text
  return e
}

function appendHighlighted(parent: HTMLElement, text: string, terms: readonly string[]): void {
  for (const seg of highlight(text, terms)) {
    parent.appendChild(seg.hit ? el('mark', '', seg.text) : document.createTextNode(seg.text))
  }
}

const ICONS: Record<string, string> = { statement: '❝', event: '◆' }

/** What vis-timeline hands the template for a cluster of crowded items instead of one of ours. */
interface ClusterData {
  isCluster: true
  uiItems: unknown[]
}

function isCluster(item: VisItem | ClusterData): item is ClusterData {
  return (item as ClusterData).isCluster === true
}

/** Item label: a type icon and the title, search terms marked; a cluster shows how many items it holds. */
export function itemTemplate(): (item: VisItem | ClusterData) => HTMLElement {
  return (item) => {
    if (isCluster(item)) return el('span', 'cluster-label', String(item.uiItems.length))
    const root = el('span', 'item-label')
    const type = item.className.includes('item-statement') ? 'statement' : 'event'
    const icon = el('span', `item-icon icon-${type}`, ICONS[type])
    icon.setAttribute('aria-hidden', 'true')
    root.appendChild(icon)
    const text = el('span', 'item-text')
    appendHighlighted(text, item.content, item.mark)
    root.appendChild(text)
    return root
  }
}

export function groupTemplate(group: VisGroup | null): HTMLElement {
  return el('span', 'lane-label', group?.content ?? '')
}
