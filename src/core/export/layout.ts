// The drawing's geometry, computed from the model alone: where every lane, row, label box, tick and
// source line goes. `svg.ts` only paints this, so layout properties (no overlapping labels) are
// tested here on plain numbers.
import type { Item, ItemType, Timeline } from '../../shared/model'
import { axisTicks, calendar, dayOf, formatItemDate, formatSpan, type TickUnit } from './dates'
import { byDate, numberSources, parseRange, selectItems, type DatedItem, type DayRange, type NumberedSource } from './select'
import { cleanText, FONTS, measureText, truncate, type FontFace, type FontName, type FontSpec } from './text'

export type LaneMode = 'story' | 'actor' | 'type'

export interface DrawOptions {
  /** Items to draw (the view's filters); all items when absent. */
  itemIds?: readonly string[]
  /** The view's range (ISO dates or date-times); the whole timeline when absent. */
  range?: { start: string; end: string }
  lanes?: LaneMode
  title?: string
  /** Drawing width in pixels (user units); default 2400. */
  width?: number
  /** Whose metrics to lay text out with: the font the PNG will be rendered in (default Liberation Sans). */
  font?: FontName
}

export const DEFAULT_WIDTH = 2400

/** Sizes in pixels at the drawing's own scale; chosen for reading a 2400 px image on a slide. */
export const METRICS = {
  margin: 40,
  titleFont: { size: 30, bold: true } satisfies FontSpec,
  subtitleFont: { size: 16 } satisfies FontSpec,
  legendFont: { size: 15 } satisfies FontSpec,
  axisFont: { size: 14 } satisfies FontSpec,
  laneFont: { size: 16, bold: true } satisfies FontSpec,
  laneCountFont: { size: 13 } satisfies FontSpec,
  labelFont: { size: 15 } satisfies FontSpec,
  speakerFont: { size: 15, bold: true } satisfies FontSpec,
  sourceFont: { size: 14 } satisfies FontSpec,
  sourceHeadFont: { size: 18, bold: true } satisfies FontSpec,
  boxHeight: 26,
  boxPadX: 8,
  /** Box, then the zone under it for the speech-bubble tail, date dot or date-window bar. */
  rowPitch: 44,
  rowGap: 12,
  lanePadTop: 12,
  lanePadBottom: 6,
  tailOffset: 14,
  sourceLineHeight: 22,
  maxLabelWidth: 760,
} as const

export interface LabelPart {
  text: string
  role: 'date' | 'speaker' | 'title' | 'refs' | 'disputed'
}

export interface ItemBox {
  itemId: string
  type: ItemType
  planned: boolean
  /** Start and end differ: the item happened somewhere in a window of days. */
  window: boolean
  row: number
  /** The label box. */
  x: number
  y: number
  width: number
  height: number
  /** x of the item's start date. */
  anchorX: number
  /** The date window, clipped to the plot. */
  bar: { x1: number; x2: number } | null
  parts: LabelPart[]
  /** Full, untruncated description (the SVG tooltip). */
  description: string
  /** Horizontal pixels this item occupies in its row (box, tail and bar). */
  extent: { left: number; right: number }
}

export interface LaneBox {
  key: string
  label: string[]
  count: number
  y: number
  height: number
  rows: number
  items: ItemBox[]
}

export interface AxisTick {
  x: number
  label: string
  major: boolean
}

export type LegendKind = 'statement' | 'event' | 'planned' | 'window' | 'date' | 'note'

export interface LegendEntry {
  kind: LegendKind
  label: string
  /** Left edge of the swatch (of the text, for notes) and the row's top. */
  x: number
  y: number
  /** Swatch and text. */
  width: number
}

/** Legend swatch width plus the gap before its text. */
export const SWATCH = 44

export interface SourceLine {
  n: number
  text: string
  x: number
  y: number
}

export interface TimelineLayout {
  font: FontFace
  width: number
  height: number
  title: string
  subtitle: string
  legend: LegendEntry[]
  plot: { left: number; right: number; top: number; bottom: number }
  domain: { from: number; to: number }
  axis: { unit: TickUnit; labelY: number; ticks: AxisTick[]; bottomLabelY: number | null }
  lanes: LaneBox[]
  emptyMessage: string | null
  /** Some drawn item has sources that disagree (its label carries a `*`). */
  disputed: boolean
  sources: { headY: number; lines: SourceLine[] }
}

const TYPE_LANES: Record<ItemType, string> = { statement: 'Statements', event: 'Events' }

interface LaneKey {
  key: string
  label: string
}

function laneOf(item: Item, mode: LaneMode, storyTitles: Map<string, string>): LaneKey {
  if (mode === 'type') return { key: item.type, label: TYPE_LANES[item.type] }
  if (mode === 'actor') {
    const actor = cleanText(item.speaker) || cleanText(item.actors[0]) || ''
    return actor ? { key: `actor:${actor}`, label: actor } : { key: 'actor:', label: 'No named actor' }
  }
  return { key: `story:${item.storyId}`, label: cleanText(storyTitles.get(item.storyId)) || `Story ${cleanText(item.storyId)}` }
}

/** The title without a leading "Lavrov:" when the speaker is drawn in front of it anyway. */
function titleWithoutSpeaker(title: string, speaker: string): string {
  const m = /^([^:]{1,40}):\s*(.+)$/.exec(title)
  if (!m) return title
  const prefix = m[1].toLowerCase().split(/\s+/)
  const names = new Set(speaker.toLowerCase().split(/\s+/))
  return prefix.some((word) => names.has(word)) ? m[2] : title
}

function refsText(numbers: number[]): string {
  if (numbers.length === 0) return ''
  const shown = numbers.length > 6 ? numbers.slice(0, 5) : numbers
  const more = numbers.length - shown.length
  return ` [${shown.join(', ')}${more > 0 ? `, +${more}` : ''}]`
}

function labelFor(dated: DatedItem, context: LabelContext): { parts: LabelPart[]; width: number; description: string } {
  const { item } = dated
  const { numberOf, maxWidth, face, laneSpeaker, withYear } = context
  const { labelFont, speakerFont, boxPadX } = METRICS
  const numbers = [...new Set(item.sources.map((s) => numberOf.get(s.articleId)).filter((n): n is number => n !== undefined))].sort((a, b) => a - b)
  const refs = refsText(numbers)
  const speakerName = item.type === 'statement' ? cleanText(item.speaker) : ''
  const fullTitle = cleanText(item.title) || '(untitled)'
  const title = speakerName ? titleWithoutSpeaker(fullTitle, speakerName) : fullTitle
  const disputed = item.conflicts?.length ? ' *' : ''
  const budget = maxWidth - 2 * boxPadX
  // The date in words: on a long or dense timeline the axis alone does not tell the day.
  const date = `${formatItemDate(dated.start, dated.end, item.precision, withYear)}  `
  const parts: LabelPart[] = [{ text: date, role: 'date' }]
  let used = measureText(refs + disputed, labelFont, face) + measureText(date, labelFont, face)
  if (speakerName && speakerName !== laneSpeaker) {
    const speaker = truncate(`${speakerName}:`, budget * 0.45, speakerFont, face) + ' '
    parts.push({ text: speaker, role: 'speaker' })
    used += measureText(speaker, speakerFont, face)
  }
  const shortTitle = truncate(title, Math.max(budget - used, 24), labelFont, face)
  parts.push({ text: shortTitle, role: 'title' })
  used += measureText(shortTitle, labelFont, face)
  if (refs) parts.push({ text: refs, role: 'refs' })
  if (disputed) parts.push({ text: disputed, role: 'disputed' })
  const fields = [...new Set(item.conflicts?.map((c) => c.field) ?? [])]
  const description = `${speakerName ? `${speakerName}: ` : ''}${title} (${item.start}${item.end !== item.start ? ` to ${item.end}` : ''}${item.planned ? ', planned' : ''}${fields.length ? `; sources disagree on ${fields.join(', ')}` : ''})${refs}`
  return { parts, width: Math.ceil(used + 2 * boxPadX), description }
}

/** Greedy first-fit packing: each extent goes to the first row where it overlaps nothing (with `gap`
 *  pixels to spare). Given in date order, a cluster of same-day items reads top to bottom in time order
 *  even where labels near the right edge are shifted left. */
export function packRows(extents: readonly { left: number; right: number }[], gap: number): number[] {
  const rows: { left: number; right: number }[][] = []
  return extents.map((extent) => {
    const fits = (row: { left: number; right: number }[]): boolean =>
      row.every((other) => extent.left >= other.right + gap || extent.right + gap <= other.left)
    let row = rows.findIndex(fits)
    if (row < 0) row = rows.push([]) - 1
    rows[row].push(extent)
    return row
  })
}

function wrapLines(text: string, maxWidth: number, font: FontSpec, maxLines: number, face: FontFace): string[] {
  const words = text.split(' ')
  const lines: string[] = []
  let line = ''
  for (let i = 0; i < words.length; i++) {
    const next = line ? `${line} ${words[i]}` : words[i]
    if (measureText(next, font, face) <= maxWidth || !line) {
      line = next
      continue
    }
    if (lines.length === maxLines - 1) {
      lines.push(truncate(`${line} ${words.slice(i).join(' ')}`, maxWidth, font, face))
      return lines
    }
    lines.push(truncate(line, maxWidth, font, face))
    line = words[i]
  }
  if (line) lines.push(truncate(line, maxWidth, font, face))
  return lines
}

function domainOf(timeline: Timeline, items: readonly DatedItem[], range: DayRange | null): { from: number; to: number } {
  if (range) return { from: range.start, to: range.end + 1 }
  let lo = Infinity
  let hi = -Infinity
  for (const { start, end } of items) {
    lo = Math.min(lo, start)
    hi = Math.max(hi, end)
  }
  if (!Number.isFinite(lo)) {
    for (const article of timeline.articles) {
      const day = dayOf(article.published)
      if (day === null) continue
      lo = Math.min(lo, day)
      hi = Math.max(hi, day)
    }
  }
  if (!Number.isFinite(lo)) {
    lo = 0
    hi = 0
  }
  // At least a week, so a one-day story still reads as dates rather than hours.
  const span = Math.max(hi + 1 - lo, 7)
  const centre = (lo + hi + 1) / 2
  const pad = Math.max(0.5, span * 0.03)
  return { from: Math.floor(centre - span / 2 - pad), to: Math.ceil(centre + span / 2 + pad) }
}

function sourceLine(n: number, article: Timeline['articles'][number] | null, articleId: string): string {
  if (!article) return `[${n}] article ${cleanText(articleId)} (not in this timeline)`
  const outlet = cleanText(article.outlet) || 'Unknown outlet'
  const title = cleanText(article.title) || '(untitled)'
  const published = article.published ?? 'undated'
  return `[${n}] ${outlet} · “${title}” · ${published} · ${cleanText(article.file)}`
}

function defaultTitle(timeline: Timeline, items: readonly DatedItem[]): string {
  const storyIds = new Set(items.map((d) => d.item.storyId))
  if (storyIds.size === 1) {
    const story = timeline.stories.find((s) => storyIds.has(s.id))
    if (story && cleanText(story.title)) return cleanText(story.title)
  }
  const folder = cleanText(timeline.folder.split(/[\\/]/).filter(Boolean).pop())
  return folder ? `Timeline: ${folder}` : 'Timeline'
}

/** Horizontal mapping from days to pixels over the plot. */
interface Scale {
  left: number
  right: number
  pixelsPerDay: number
  x(day: number): number
  clamp(x: number): number
}

function scaleOf(domain: { from: number; to: number }, left: number, right: number): Scale {
  const pixelsPerDay = (right - left) / (domain.to - domain.from)
  return {
    left,
    right,
    pixelsPerDay,
    x: (day) => left + (day - domain.from) * pixelsPerDay,
    clamp: (x) => Math.min(Math.max(x, left), right),
  }
}

/** What every item label needs: source numbers, the width cap, the font, and the lane's speaker. */
interface LabelContext {
  numberOf: Map<string, number>
  maxWidth: number
  face: FontFace
  /** The lane is this speaker's, so labels need not repeat the name. */
  laneSpeaker: string | null
  /** Label dates need their year (long timelines across a new year). */
  withYear: boolean
}

function subtitleOf(items: readonly DatedItem[], undated: number, sources: number, mode: LaneMode, range: DayRange | null): string {
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  const statements = items.filter((d) => d.item.type === 'statement').length
  const parts = [
    items.length ? formatSpan(items[0].start, items.reduce((hi, d) => Math.max(hi, d.end), -Infinity)) : 'no dated items',
    `${plural(items.length, 'item')} (${plural(statements, 'statement')}, ${plural(items.length - statements, 'event')})`,
    plural(sources, 'source article'),
    `lanes by ${mode}`,
  ]
  if (range) parts.push(`view ${formatSpan(range.start, range.end)}`)
  if (undated) parts.push(`${plural(undated, 'undated item')} not drawn`)
  return parts.join(' · ')
}

/** Groups items into lanes, in the order the mode reads best: by first date, by size, statements first. */
function groupLanes(items: readonly DatedItem[], mode: LaneMode, timeline: Timeline): { lane: LaneKey; items: DatedItem[] }[] {
  const storyTitles = new Map(timeline.stories.map((s) => [s.id, s.title]))
  const groups = new Map<string, { lane: LaneKey; items: DatedItem[] }>()
  for (const dated of items) {
    const lane = laneOf(dated.item, mode, storyTitles)
    const group = groups.get(lane.key) ?? { lane, items: [] }
    group.items.push(dated)
    groups.set(lane.key, group)
  }
  const ordered = [...groups.values()]
  if (mode === 'actor') ordered.sort((a, b) => b.items.length - a.items.length || a.lane.label.localeCompare(b.lane.label))
  else if (mode === 'type') ordered.sort((a, b) => (a.lane.key === 'statement' ? -1 : 1) - (b.lane.key === 'statement' ? -1 : 1))
  else ordered.sort((a, b) => byDate(a.items[0], b.items[0]))
  return ordered
}

function layoutLane(lane: LaneKey, items: readonly DatedItem[], top: number, labelWidth: number, scale: Scale, context: LabelContext): LaneBox {
  const M = METRICS
  const boxes = items.map((dated) => placeItem(dated, scale, context))
  const rows = packRows(boxes.map((box) => box.extent), M.rowGap)
  boxes.forEach((box, k) => {
    box.row = rows[k]
    box.y = top + M.lanePadTop + rows[k] * M.rowPitch
  })
  const rowCount = rows.reduce((n, r) => Math.max(n, r + 1), 1)
  const label = wrapLines(lane.label, labelWidth - 20, M.laneFont, 3, context.face)
  const labelHeight = label.length * 20 + 18 + 16
  const height = Math.max(M.lanePadTop + rowCount * M.rowPitch + M.lanePadBottom, labelHeight)
  return { key: lane.key, label, count: items.length, y: top, height, rows: rowCount, items: boxes }
}

/** The numbered source list; long lists go in two columns (down, then across) so they do not dwarf the timeline. */
function layoutSources(sources: readonly NumberedSource[], top: number, width: number, face: FontFace): { headY: number; lines: SourceLine[]; bottom: number } {
  const M = METRICS
  const columns = sources.length > 24 && width >= 1600 ? 2 : 1
  const columnGap = 40
  const columnWidth = (width - 2 * M.margin - (columns - 1) * columnGap) / columns
  const perColumn = Math.ceil(sources.length / columns)
  const headY = top + M.sourceHeadFont.size
  const firstY = headY + 10 + M.sourceLineHeight
  const lines = sources.map(({ n, article, articleId }, k) => ({
    n,
    text: truncate(sourceLine(n, article, articleId), columnWidth, M.sourceFont, face),
    x: M.margin + Math.floor(k / perColumn) * (columnWidth + columnGap),
    y: firstY + (k % perColumn) * M.sourceLineHeight,
  }))
  return { headY, lines, bottom: lines.length ? firstY + (perColumn - 1) * M.sourceLineHeight + M.margin : top }
}

export function layoutTimeline(timeline: Timeline, options: DrawOptions = {}): TimelineLayout {
  const M = METRICS
  const asked = options.width !== undefined && Number.isFinite(options.width) ? options.width : DEFAULT_WIDTH
  const width = Math.round(Math.min(Math.max(asked, 800), 20000))
  const mode = options.lanes ?? 'story'
  const face = FONTS[options.font ?? 'liberation']
  const range = parseRange(options.range)
  const { items, undated } = selectItems(timeline, options.itemIds, range ?? undefined)
  const { list: sources, numberOf } = numberSources(timeline, items.map((d) => d.item))
  const domain = domainOf(timeline, items, range)
  const disputed = items.some((d) => (d.item.conflicts?.length ?? 0) > 0)

  const laneLabelWidth = Math.round(Math.min(Math.max(width * 0.12, 170), 320))
  const scale = scaleOf(domain, M.margin + laneLabelWidth, width - M.margin)

  const title = truncate(cleanText(options.title) || defaultTitle(timeline, items), width - 2 * M.margin, M.titleFont, face)
  const subtitle = truncate(subtitleOf(items, undated.length, sources.length, mode, range), width - 2 * M.margin, M.subtitleFont, face)
  const titleY = M.margin + M.titleFont.size
  const legend = layoutLegend(disputed, titleY + 24 + M.subtitleFont.size + 14, width, face)
  const axisLabelY = legend.reduce((y, e) => Math.max(y, e.y), 0) + 28 + 30
  const plotTop = axisLabelY + 14

  const maxWidth = Math.min(M.maxLabelWidth, (scale.right - scale.left) * 0.4)
  // Within a few months the axis's year labels disambiguate; beyond, "12 Jan" could be either year.
  const withYear = domain.to - domain.from > 300 && calendar(domain.from).year !== calendar(domain.to - 1).year
  const lanes: LaneBox[] = []
  let y = plotTop
  for (const group of groupLanes(items, mode, timeline)) {
    const context = { numberOf, maxWidth, face, withYear, laneSpeaker: mode === 'actor' ? group.lane.label : null }
    const lane = layoutLane(group.lane, group.items, y, laneLabelWidth, scale, context)
    lanes.push(lane)
    y += lane.height
  }
  const emptyMessage = items.length ? null : timeline.items.length ? 'No items in this selection' : 'No items extracted yet'
  const plotBottom = lanes.length ? y : y + 80

  const { unit, ticks } = axisTicks(domain.from, domain.to, scale.pixelsPerDay)
  const bottomLabelY = plotBottom - plotTop > 900 ? plotBottom + 22 : null
  const sourceBlock = layoutSources(sources, (bottomLabelY ?? plotBottom) + 40, width, face)

  return {
    font: face,
    width,
    height: Math.ceil(sourceBlock.bottom),
    title,
    subtitle,
    legend,
    plot: { left: scale.left, right: scale.right, top: plotTop, bottom: plotBottom },
    domain,
    axis: { unit, labelY: axisLabelY, ticks: ticks.map((t) => ({ x: scale.x(t.day), label: t.label, major: t.major })), bottomLabelY },
    lanes,
    emptyMessage,
    disputed,
    sources: { headY: sourceBlock.headY, lines: sourceBlock.lines },
  }
}

/** The legend's entries in reading order, wrapped onto more rows when the drawing is narrow. */
function layoutLegend(disputed: boolean, top: number, width: number, face: FontFace): LegendEntry[] {
  const M = METRICS
  const wanted: { kind: LegendKind; label: string }[] = [
    { kind: 'statement', label: 'Statement (speaker: claim)' },
    { kind: 'event', label: 'Event' },
    { kind: 'planned', label: 'Planned (dashed)' },
    { kind: 'window', label: 'Date window (happened within)' },
    { kind: 'date', label: 'Date' },
    { kind: 'note', label: '[n] = source article, listed below' },
  ]
  if (disputed) wanted.push({ kind: 'note', label: '* = sources disagree (date, speaker or figure)' })
  const entries: LegendEntry[] = []
  let x = M.margin
  let y = top
  for (const { kind, label } of wanted) {
    const entryWidth = (kind === 'note' ? 0 : SWATCH) + measureText(label, M.legendFont, face)
    if (x > M.margin && x + entryWidth > width - M.margin) {
      x = M.margin
      y += 32
    }
    entries.push({ kind, label, x, y, width: entryWidth })
    x += entryWidth + 36
  }
  return entries
}

function placeItem(dated: DatedItem, scale: Scale, context: LabelContext): ItemBox {
  const M = METRICS
  const { item } = dated
  const label = labelFor(dated, context)
  const window = dated.end > dated.start
  const anchorX = scale.clamp(scale.x(dated.start))
  const bar = window ? { x1: anchorX, x2: scale.clamp(scale.x(dated.end + 1)) } : null
  const wanted = window ? anchorX : anchorX - M.tailOffset
  const x = Math.max(scale.left, Math.min(wanted, scale.right - label.width))
  const left = Math.min(x, bar ? bar.x1 : anchorX - 5)
  const right = Math.max(x + label.width, bar ? bar.x2 : anchorX + 5)
  return {
    itemId: item.id,
    type: item.type,
    planned: item.planned === true,
    window,
    row: 0,
    x,
    y: 0,
    width: label.width,
    height: M.boxHeight,
    anchorX,
    bar,
    parts: label.parts,
    description: label.description,
    extent: { left, right },
  }
}
