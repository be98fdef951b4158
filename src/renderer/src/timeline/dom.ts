// vis-timeline templates: DOM built from text nodes only, so nothing from an article is ever parsed as HTML.
import { highlight } from './filters'
import type { DrawnItem, VisGroup } from './mapping'
import { isAggregate } from './lod'

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

/** Item label: a type icon and the title, search terms marked; an aggregate shows how many items it stands for. */
export function itemTemplate(): (item: DrawnItem) => HTMLElement {
  return (item) => {
    if (isAggregate(item)) {
      const root = el('span', 'aggregate-label')
      root.append(el('strong', 'aggregate-count', String(item.aggregate.count)), document.createTextNode(' items'))
      return root
    }
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

/** A lane's label, which tells its lane, for scrolling to it. */
export function groupTemplate(group: VisGroup | null): HTMLElement {
  const label = el('span', 'lane-label', group?.content ?? '')
  if (group) label.dataset.lane = group.id
  return label
}
