// Paints a TimelineLayout as a self-contained vector SVG: shapes and <text> only (no foreignObject,
// no scripts, no external references), every string escaped.
import type { Timeline } from '../../shared/model'
import { layoutTimeline, METRICS, SWATCH, type DrawOptions, type ItemBox, type LegendEntry, type TimelineLayout } from './layout'
import { escapeXml } from './text'

const COLOURS = {
  ink: '#111827',
  muted: '#4b5563',
  grid: '#e5e7eb',
  gridMajor: '#cbd5e1',
  laneA: '#ffffff',
  laneB: '#f8fafc',
  laneRule: '#cbd5e1',
  statementFill: '#dbeafe',
  statementStroke: '#1d4ed8',
  eventFill: '#fef3c7',
  eventStroke: '#b45309',
  refs: '#374151',
  disputed: '#b91c1c',
} as const

const fmt = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1))

function text(x: number, y: number, content: string, attrs: string): string {
  return `<text x="${fmt(x)}" y="${fmt(y)}" ${attrs}>${escapeXml(content)}</text>`
}

/** Rounded box with a tail at the bottom pointing down to the item's date. */
function bubblePath(box: ItemBox): string {
  const { x, y, width: w, height: h, anchorX } = box
  const r = 10
  const tipY = y + h + 8
  const base = Math.min(Math.max(anchorX - 3, x + r), x + w - r - 10)
  return [
    `M${fmt(x + r)},${fmt(y)}`,
    `H${fmt(x + w - r)}`,
    `Q${fmt(x + w)},${fmt(y)} ${fmt(x + w)},${fmt(y + r)}`,
    `V${fmt(y + h - r)}`,
    `Q${fmt(x + w)},${fmt(y + h)} ${fmt(x + w - r)},${fmt(y + h)}`,
    `H${fmt(base + 10)}`,
    `L${fmt(anchorX)},${fmt(tipY)}`,
    `L${fmt(base)},${fmt(y + h)}`,
    `H${fmt(x + r)}`,
    `Q${fmt(x)},${fmt(y + h)} ${fmt(x)},${fmt(y + h - r)}`,
    `V${fmt(y + r)}`,
    `Q${fmt(x)},${fmt(y)} ${fmt(x + r)},${fmt(y)}`,
    'Z',
  ].join(' ')
}

function itemSvg(box: ItemBox): string {
  const statement = box.type === 'statement'
  const fill = statement ? COLOURS.statementFill : COLOURS.eventFill
  const stroke = statement ? COLOURS.statementStroke : COLOURS.eventStroke
  const dash = box.planned ? ' stroke-dasharray="6 4"' : ''
  const out: string[] = [`<g class="item ${box.type}${box.planned ? ' planned' : ''}" data-id="${escapeXml(box.itemId)}">`]
  out.push(`<title>${escapeXml(box.description)}</title>`)
  const barY = box.y + box.height + 5
  if (box.bar) {
    const w = Math.max(box.bar.x2 - box.bar.x1, 3)
    out.push(`<rect x="${fmt(box.bar.x1)}" y="${fmt(barY)}" width="${fmt(w)}" height="8" rx="4" fill="${stroke}" fill-opacity="0.3"/>`)
    out.push(`<line x1="${fmt(box.anchorX)}" y1="${fmt(box.y + box.height)}" x2="${fmt(box.anchorX)}" y2="${fmt(barY + 8)}" stroke="${stroke}" stroke-width="2"/>`)
  }
  if (statement && !box.bar) out.push(`<path d="${bubblePath(box)}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dash}/>`)
  else out.push(`<rect x="${fmt(box.x)}" y="${fmt(box.y)}" width="${fmt(box.width)}" height="${box.height}" rx="${statement ? 10 : 3}" fill="${fill}" stroke="${stroke}" stroke-width="1.5"${dash}/>`)
  if (!box.bar) {
    if (!statement) out.push(`<line x1="${fmt(box.anchorX)}" y1="${fmt(box.y + box.height)}" x2="${fmt(box.anchorX)}" y2="${fmt(barY + 4)}" stroke="${stroke}" stroke-width="2"${dash}/>`)
    out.push(`<circle cx="${fmt(box.anchorX)}" cy="${fmt(barY + 5)}" r="3.5" fill="${stroke}"/>`)
  }
  const spans = box.parts.map((part) => {
    const attrs =
      part.role === 'speaker'
        ? ' font-weight="bold"'
        : part.role === 'refs' || part.role === 'date'
          ? ` fill="${COLOURS.refs}"`
          : part.role === 'disputed'
            ? ` font-weight="bold" fill="${COLOURS.disputed}"`
            : ''
    return `<tspan${attrs}>${escapeXml(part.text)}</tspan>`
  })
  out.push(`<text x="${fmt(box.x + METRICS.boxPadX)}" y="${fmt(box.y + 18)}" font-size="${METRICS.labelFont.size}" xml:space="preserve">${spans.join('')}</text>`)
  out.push('</g>')
  return out.join('')
}

function swatch(entry: LegendEntry): string {
  const { x, y } = entry
  const c = COLOURS
  switch (entry.kind) {
    case 'statement':
      return `<rect x="${fmt(x)}" y="${y + 4}" width="34" height="18" rx="8" fill="${c.statementFill}" stroke="${c.statementStroke}" stroke-width="1.5"/>`
    case 'event':
      return `<rect x="${fmt(x)}" y="${y + 4}" width="34" height="18" rx="3" fill="${c.eventFill}" stroke="${c.eventStroke}" stroke-width="1.5"/>`
    case 'planned':
      return `<rect x="${fmt(x)}" y="${y + 4}" width="34" height="18" rx="3" fill="${c.eventFill}" stroke="${c.eventStroke}" stroke-width="1.5" stroke-dasharray="6 4"/>`
    case 'window':
      return `<rect x="${fmt(x)}" y="${y + 9}" width="34" height="8" rx="4" fill="${c.eventStroke}" fill-opacity="0.3"/>`
    case 'date':
      return `<circle cx="${fmt(x + 17)}" cy="${y + 13}" r="4" fill="${c.ink}"/>`
    case 'note':
      return ''
  }
}

function legendSvg(layout: TimelineLayout): string {
  const font = METRICS.legendFont
  const out: string[] = ['<g class="legend">']
  for (const entry of layout.legend) {
    const note = entry.kind === 'note'
    out.push(swatch(entry), text(entry.x + (note ? 0 : SWATCH), entry.y + 18, entry.label, `font-size="${font.size}"${note ? ` fill="${COLOURS.muted}"` : ''}`))
  }
  out.push('</g>')
  return out.join('')
}

export function paintSvg(layout: TimelineLayout): string {
  const { width, height, plot, axis } = layout
  const c = COLOURS
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(layout.title)}" font-family="${escapeXml(layout.font.family)}" fill="${c.ink}">`,
  )
  out.push(`<title>${escapeXml(layout.title)}</title>`)
  out.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`)
  const titleY = METRICS.margin + METRICS.titleFont.size
  out.push(text(METRICS.margin, titleY, layout.title, `font-size="${METRICS.titleFont.size}" font-weight="bold"`))
  out.push(text(METRICS.margin, titleY + 30, layout.subtitle, `font-size="${METRICS.subtitleFont.size}" fill="${c.muted}"`))
  out.push(legendSvg(layout))

  out.push('<g class="lanes">')
  layout.lanes.forEach((lane, i) => {
    out.push(`<rect x="${METRICS.margin}" y="${fmt(lane.y)}" width="${fmt(plot.right - METRICS.margin)}" height="${fmt(lane.height)}" fill="${i % 2 ? c.laneB : c.laneA}"/>`)
    out.push(`<line x1="${METRICS.margin}" y1="${fmt(lane.y)}" x2="${fmt(plot.right)}" y2="${fmt(lane.y)}" stroke="${c.laneRule}"/>`)
  })
  out.push(`<line x1="${METRICS.margin}" y1="${fmt(plot.bottom)}" x2="${fmt(plot.right)}" y2="${fmt(plot.bottom)}" stroke="${c.laneRule}"/>`)
  out.push('</g>')

  out.push('<g class="axis">')
  for (const tick of axis.ticks) {
    const stroke = tick.major ? c.gridMajor : c.grid
    out.push(`<line x1="${fmt(tick.x)}" y1="${fmt(plot.top - (tick.major ? 10 : 5))}" x2="${fmt(tick.x)}" y2="${fmt(plot.bottom)}" stroke="${stroke}"/>`)
    if (!tick.label) continue
    out.push(text(tick.x + 4, axis.labelY, tick.label, `font-size="${METRICS.axisFont.size}" fill="${c.muted}"`))
    if (axis.bottomLabelY !== null) out.push(text(tick.x + 4, axis.bottomLabelY, tick.label, `font-size="${METRICS.axisFont.size}" fill="${c.muted}"`))
  }
  out.push(`<line x1="${fmt(plot.left)}" y1="${fmt(plot.top)}" x2="${fmt(plot.right)}" y2="${fmt(plot.top)}" stroke="${c.muted}"/>`)
  out.push('</g>')

  for (const lane of layout.lanes) {
    out.push('<g class="lane">')
    lane.label.forEach((line, k) => {
      out.push(text(METRICS.margin + 10, lane.y + 24 + k * 20, line, `font-size="${METRICS.laneFont.size}" font-weight="bold"`))
    })
    out.push(text(METRICS.margin + 10, lane.y + 24 + lane.label.length * 20, `${lane.count} item${lane.count === 1 ? '' : 's'}`, `font-size="${METRICS.laneCountFont.size}" fill="${c.muted}"`))
    for (const box of lane.items) out.push(itemSvg(box))
    out.push('</g>')
  }
  if (layout.emptyMessage) out.push(text(plot.left + 20, plot.top + 50, layout.emptyMessage, `font-size="18" fill="${c.muted}"`))

  out.push('<g class="sources">')
  if (layout.sources.lines.length) {
    out.push(text(METRICS.margin, layout.sources.headY, 'Sources', `font-size="${METRICS.sourceHeadFont.size}" font-weight="bold"`))
    layout.sources.lines.forEach((line) => {
      out.push(text(line.x, line.y, line.text, `font-size="${METRICS.sourceFont.size}"`))
    })
  }
  out.push('</g>')
  out.push('</svg>')
  return out.join('\n')
}

export function renderTimelineSvg(timeline: Timeline, options: DrawOptions = {}): string {
  return paintSvg(layoutTimeline(timeline, options))
}
