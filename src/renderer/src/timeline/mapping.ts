// The model -> vis-timeline items and groups. Pure data: labels stay plain text here and are turned into
// DOM nodes by the templates in ./dom.ts, so article text is never parsed as HTML.
import type { Item, ItemType, Story, Timeline } from '@shared/model'
import type { Settings } from '@shared/settings'
import { formatItemDate, isWindow, nextDay } from './format'

export type Lanes = Settings['lanes']

export interface VisItem {
  id: string
  group: string
  /** Plain text; shown through the item template, never as HTML. */
  content: string
  start: string
  end?: string
  type: 'box' | 'range'
  className: string
  /** Search terms to mark in the label; part of the data so that vis-timeline redraws a label when they change. */
  mark: string[]
}

export interface VisGroup {
  id: string
  /** Plain text label, rendered by the group template. */
  content: string
  title: string
  order: number
  className: string
  nestedGroups?: string[]
  showNested?: boolean
  /** 1 for lanes nested in a story; tells vis-timeline the depth it cannot infer when lanes are rebuilt. */
  treeLevel?: number
}

/** An item as handed to vis-timeline, with its tooltip. */
export interface DrawnItem extends VisItem {
  /** HTML-escaped because vis-timeline renders tooltips as (filtered) HTML. */
  title: string
}

export interface VisData {
  items: VisItem[]
  groups: VisGroup[]
  /** The tooltip of an item by id: made only for the items drawn, as it costs more than the rest of the mapping. */
  tooltip(id: string): string
}

export const UNATTRIBUTED = 'Unattributed'

/** The actor lane of an item: who said it, else the first actor named, else none. */
export function primaryActor(item: Pick<Item, 'speaker' | 'actors'>): string {
  return item.speaker ?? item.actors[0] ?? UNATTRIBUTED
}

const TYPE_LABEL: Record<ItemType, string> = { statement: 'Statements', event: 'Events' }

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}

/**
 * The label to draw: in a speaker's own lane, "Lavrov: talks will start" repeats the lane's name, so the
 * "Lavrov: " prefix goes (the tooltip and the detail panel keep the whole title).
 */
export function itemLabel(item: Pick<Item, 'title' | 'speaker' | 'actors'>, lanes: Lanes): string {
  if (lanes !== 'actor' && lanes !== 'story-actor') return item.title
  const m = /^([^:]{1,60}):\s+(\S.*)$/s.exec(item.title)
  if (!m) return item.title
  const lane = primaryActor(item).toLowerCase()
  return lane.includes(m[1].trim().toLowerCase()) ? m[2] : item.title
}

const tooltips = new WeakMap<Item, string>()

/** The tooltip as vis-timeline shows it, made once per item. */
export function tooltipHtml(item: Item): string {
  let html = tooltips.get(item)
  if (html === undefined) tooltips.set(item, (html = escapeHtml(tooltipText(item)).replace(/\n/g, '<br>')))
  return html
}

/** Plain-text hover text: what, when, how the date was found. */
export function tooltipText(item: Item): string {
  const lines = [item.title, `${item.type === 'statement' ? 'Statement' : 'Event'}${item.planned ? ' (planned)' : ''} · ${formatItemDate(item)}`]
  if (item.speaker) lines.push(`Speaker: ${item.speaker}${item.role ? `, ${item.role}` : ''}`)
  const ev = item.dateEvidence
  if (ev) lines.push(ev.phrase ? `Date from “${ev.phrase}”${ev.anchor ? ` (anchored on ${ev.anchor})` : ''}` : 'Date: the article’s publication date')
  const n = item.sources.length
  lines.push(`${n} source${n === 1 ? '' : 's'}${item.conflicts?.length ? ' · sources disagree' : ''}`)
  return lines.join('\n')
}

function itemClass(item: Item): string {
  const c = [`item-${item.type}`]
  if (isWindow(item)) c.push('is-window')
  if (item.planned) c.push('is-planned')
  if (item.conflicts?.length) c.push('has-conflict')
  return c.join(' ')
}

function laneKey(prefix: string, value: string): string {
  return `${prefix}:${value}`
}

function actorLane(item: Item, nestedIn?: string): string {
  const key = laneKey('actor', primaryActor(item))
  return nestedIn ? `${nestedIn}|${key}` : key
}

function groupFor(item: Item, lanes: Lanes): string {
  switch (lanes) {
    case 'story':
      return laneKey('story', item.storyId)
    case 'type':
      return laneKey('type', item.type)
    case 'actor':
      return actorLane(item)
    case 'story-actor':
      return actorLane(item, laneKey('story', item.storyId))
  }
}

function storyGroups(stories: readonly Story[], used: ReadonlySet<string>): VisGroup[] {
  return stories
    .filter((s) => used.has(s.id))
    .map((s, order) => ({ id: laneKey('story', s.id), content: s.title, title: s.title, order, className: 'lane-story' }))
}

function actorGroups(items: readonly Item[], idOf: (item: Item) => string, className: string): VisGroup[] {
  const counts = new Map<string, { label: string; n: number }>()
  for (const item of items) {
    const id = idOf(item)
    const entry = counts.get(id) ?? { label: primaryActor(item), n: 0 }
    entry.n++
    counts.set(id, entry)
  }
  // Busiest actors first, "Unattributed" last: the lanes people look for are at the top.
  return [...counts]
    .sort(([, a], [, b]) => Number(a.label === UNATTRIBUTED) - Number(b.label === UNATTRIBUTED) || b.n - a.n || a.label.localeCompare(b.label))
    .map(([id, { label }], order) => ({ id, content: label, title: label, order, className }))
}

/**
 * Maps (already filtered) items to vis-timeline data for the chosen lanes. Only lanes that hold at least one
 * item are returned, so filters also hide empty lanes.
 */
export function toVisData(timeline: Pick<Timeline, 'stories'>, items: readonly Item[], lanes: Lanes, terms: readonly string[] = []): VisData {
  const visItems: VisItem[] = items.map((item) => {
    // A one-day window ("approximately on Monday") stays a box: as a one-day bar its label would be unreadable.
    const range = item.start !== item.end
    return {
      id: item.id,
      group: groupFor(item, lanes),
      content: itemLabel(item, lanes),
      start: item.start,
      ...(range ? { end: nextDay(item.end) } : {}),
      type: range ? 'range' : 'box',
      className: itemClass(item),
      mark: [...terms],
    }
  })
  const usedStories = new Set(items.map((i) => i.storyId))
  let groups: VisGroup[]
  switch (lanes) {
    case 'story':
      groups = storyGroups(timeline.stories, usedStories)
      break
    case 'type':
      groups = (['statement', 'event'] as const)
        .filter((t) => items.some((i) => i.type === t))
        .map((t, order) => ({ id: laneKey('type', t), content: TYPE_LABEL[t], title: TYPE_LABEL[t], order, className: `lane-type lane-${t}` }))
      break
    case 'actor':
      groups = actorGroups(items, (i) => actorLane(i), 'lane-actor')
      break
    case 'story-actor': {
      const parents = storyGroups(timeline.stories, usedStories)
      const children = actorGroups(items, (i) => groupFor(i, lanes), 'lane-actor lane-nested').map((c) => ({ ...c, treeLevel: 1 }))
      for (const p of parents) {
        p.nestedGroups = children.filter((c) => c.id.startsWith(`${p.id}|`)).map((c) => c.id)
        p.showNested = true
      }
      groups = [...parents, ...children]
      break
    }
  }
  let byId: Map<string, Item> | null = null
  const tooltip = (id: string): string => {
    byId ??= new Map(items.map((i) => [i.id, i]))
    const item = byId.get(id)
    return item ? tooltipHtml(item) : ''
  }
  return { items: visItems, groups, tooltip }
}

/** The dates spanned by the items, for "fit all"; null without items. */
export function dateSpan(items: readonly Pick<VisItem, 'start' | 'end'>[]): { start: string; end: string } | null {
  if (items.length === 0) return null
  let start = items[0].start
  let end = items[0].end ?? items[0].start
  for (const i of items) {
    if (i.start < start) start = i.start
    const e = i.end ?? i.start
    if (e > end) end = e
  }
  return { start, end }
}

/** ISO dates and ids compare as code units: no locale rules to apply on 10,000 items. */
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)

/** Items in reading order (date, then lane order) for keyboard navigation. */
export function readingOrder(data: VisData): string[] {
  const order = new Map(data.groups.map((g) => [g.id, g.order]))
  return [...data.items]
    .sort((a, b) => compare(a.start, b.start) || (order.get(a.group) ?? 0) - (order.get(b.group) ?? 0) || compare(a.id, b.id))
    .map((i) => i.id)
}

/** The id `step` places from `current` in `order`, clamped; the first (or last) when nothing is selected. */
export function stepSelection(order: readonly string[], current: string | null, step: number): string | null {
  if (order.length === 0) return null
  const i = current === null ? -1 : order.indexOf(current)
  if (i === -1) return step >= 0 ? order[0] : order[order.length - 1]
  return order[Math.max(0, Math.min(order.length - 1, i + step))]
}

export interface Diff<T> {
  remove: string[]
  /** New items and items whose data changed; unchanged ones are left alone (vis-timeline redraws every update). */
  upsert: T[]
  /** What was shown after applying the diff, for the next call. */
  shown: Map<string, string>
}

/** What to remove from and upsert into a DataSet so it equals `next` without clearing it. */
export function diffById<T extends { id: string }>(shown: ReadonlyMap<string, string>, next: readonly T[]): Diff<T> {
  const now = new Map(next.map((n) => [n.id, JSON.stringify(n)]))
  return {
    remove: [...shown.keys()].filter((id) => !now.has(id)),
    upsert: next.filter((n) => shown.get(n.id) !== now.get(n.id)),
    shown: now,
  }
}
