// exportTimeline: one entry point for every export format, called by the main process's IPC handler.
import type { ExportFile, ExportFormat, ExportRequest } from '../../shared/ipc'
import type { Timeline } from '../../shared/model'
import { toCsv } from './csv'
import { drawingWidth } from './images'
import { DEFAULT_PNG_WIDTH, renderFont, renderPngAsync, type PngOptions } from './png'
import { renderPdf } from './pdf'
import { parseRange, selectItems } from './select'
import { renderTimelineSvg } from './svg'
import { toTimelineJs } from './timelinejs'

export { toCsv } from './csv'
export { renderPng, renderPngAsync } from './png'
export { renderPdf } from './pdf'
export { renderTimelineSvg } from './svg'
export { toTimelineJs } from './timelinejs'
export { layoutTimeline } from './layout'
export { writeTimelineImages } from './images'

/** The timeline restricted to `itemIds`: those items, the articles they cite, the stories they belong to. */
export function filterTimeline(timeline: Timeline, itemIds?: readonly string[]): Timeline {
  if (!itemIds) return timeline
  const wanted = new Set(itemIds)
  const items = timeline.items.filter((item) => wanted.has(item.id))
  const articleIds = new Set(items.flatMap((item) => item.sources.map((s) => s.articleId)))
  const storyIds = new Set(items.map((item) => item.storyId))
  return {
    ...timeline,
    articles: timeline.articles.filter((a) => articleIds.has(a.id)),
    stories: timeline.stories
      .filter((s) => storyIds.has(s.id))
      .map((s) => ({ ...s, articleIds: s.articleIds.filter((id) => articleIds.has(id)) })),
    items,
  }
}

const MIME: Record<ExportFormat, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv',
  timelinejs: 'application/json',
}

const EXTENSION: Record<ExportFormat, string> = {
  png: 'png',
  svg: 'svg',
  pdf: 'pdf',
  json: 'json',
  csv: 'csv',
  timelinejs: 'timelinejs.json',
}

function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '')
  return s || 'export'
}

/** `timeline-<story or folder>-<YYYY-MM-DD>.<ext>`: the story's name when the export shows one story. */
export function exportFileName(timeline: Timeline, request: ExportRequest, now: Date): string {
  const { items } = selectItems(timeline, request.itemIds)
  const storyIds = new Set(items.map((d) => d.item.storyId))
  const story = storyIds.size === 1 ? timeline.stories.find((s) => storyIds.has(s.id)) : undefined
  const folder = timeline.folder.split(/[\\/]/).filter(Boolean).pop() ?? ''
  const name = slug(request.title || story?.title || folder)
  return `timeline-${name}-${now.toISOString().slice(0, 10)}.${EXTENSION[request.format]}`
}

export interface ExportOptions extends PngOptions {
  /** The export date in the file name; today when absent. */
  now?: Date
}

function toBase64(content: string | Uint8Array): string {
  return (typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength)).toString('base64')
}

/** The ids an export contains: the chosen items, narrowed to the view's range when one is given,
 *  so every format holds what the user sees. */
export function exportedItemIds(timeline: Timeline, request: Pick<ExportRequest, 'itemIds' | 'range'>): string[] | undefined {
  const range = parseRange(request.range)
  if (!range) return request.itemIds
  return selectItems(timeline, request.itemIds, range).items.map((d) => d.item.id)
}

export async function exportTimeline(timeline: Timeline, request: ExportRequest, options: ExportOptions = {}): Promise<ExportFile> {
  const itemIds = exportedItemIds(timeline, request)
  const draw = { itemIds: request.itemIds, range: request.range, lanes: request.lanes, title: request.title }
  let content: string | Uint8Array
  switch (request.format) {
    case 'svg':
      content = renderTimelineSvg(timeline, { ...draw, width: drawingWidth(request.width) })
      break
    case 'png': {
      const width = request.width !== undefined && Number.isFinite(request.width) && request.width >= 1 ? request.width : DEFAULT_PNG_WIDTH
      const font = options.font === undefined ? renderFont() : options.font
      content = await renderPngAsync(renderTimelineSvg(timeline, { ...draw, font: font?.metrics, width: drawingWidth(width) }), width, { font })
      break
    }
    case 'pdf': {
      // Laid out in the font the PDF embeds, as the PNG is.
      const font = options.font === undefined ? renderFont() : options.font
      const svg = renderTimelineSvg(timeline, { ...draw, font: font?.metrics, width: drawingWidth(request.width) })
      content = await renderPdf(svg, { font })
      break
    }
    case 'json':
      content = JSON.stringify(filterTimeline(timeline, itemIds), null, 2) + '\n'
      break
    case 'csv':
      content = toCsv(timeline, itemIds)
      break
    case 'timelinejs':
      content = JSON.stringify(toTimelineJs(timeline, itemIds, request.title), null, 2) + '\n'
      break
    default: {
      const unknown: never = request.format
      throw new Error(`unknown export format: ${String(unknown)}`)
    }
  }
  return {
    fileName: exportFileName(timeline, { ...request, itemIds }, options.now ?? new Date()),
    mimeType: MIME[request.format],
    base64: toBase64(content),
  }
}
