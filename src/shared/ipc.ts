// The one IPC contract. Main-process handlers, the preload bridge and the local-browser bridge
// are all typed from these interfaces, so a channel name or payload cannot drift between sides.
import type { ArticleText, IsoDate, ItemType, Precision, Timeline } from './model'
import type { Settings } from './settings'

export interface LoadProgress {
  phase: 'scan' | 'read' | 'build' | 'done'
  done: number
  total: number
}

export type OpenResult =
  | { status: 'loaded'; timeline: Timeline }
  | { status: 'cancelled' }
  | { status: 'error'; message: string }

export type ExportFormat = 'png' | 'svg' | 'pdf' | 'json' | 'csv' | 'timelinejs'

export interface ExportRequest {
  format: ExportFormat
  /** Item ids to include (the current filters); all items when absent. */
  itemIds?: string[]
  /** Visible range of the view; the whole timeline when absent. */
  range?: { start: string; end: string }
  /** PNG only: pixel width (default 2400) or scale of the on-screen size. */
  width?: number
  lanes?: 'story' | 'actor' | 'type'
  title?: string
}

export interface ExportFile {
  fileName: string
  mimeType: string
  /** File content, base64-encoded (binary-safe across both bridges). */
  base64: string
}

/**
 * A reader's fix to one item, kept per folder by main and applied on every load (and reload), so it
 * survives restarts. Absent fields keep the pipeline's value.
 */
export interface ItemCorrection {
  itemId: string
  type?: ItemType
  start?: IsoDate
  end?: IsoDate
  precision?: Precision
  title?: string
  speaker?: string | null
  /** A wrong extraction: left out of the timeline and of exports. */
  hidden?: boolean
  /** The same statement or event as that item: its sources join that item's, and this one goes. */
  mergeInto?: string
  /** Sources moved out to new items: one group of article ids per new item (with an id derived from both). */
  split?: string[][]
}

/** The open folder's corrections, and the titles of the items they name (merged-away ones included). */
export interface CorrectionList {
  corrections: ItemCorrection[]
  titles: Record<string, string>
}

/** Request/response channels: every method is one `ipcMain.handle` / one HTTP route. */
export interface Api {
  /** Native folder dialog; null when cancelled or where no dialog exists (local-browser mode). */
  chooseFolder(): Promise<string | null>
  openFolder(path: string): Promise<OpenResult>
  /** True when a load (an open, or a reload after a change on disk) was running and is now stopped. */
  cancelLoad(): Promise<boolean>
  article(articleId: string): Promise<ArticleText | null>
  recentFolders(): Promise<string[]>
  settings(): Promise<Settings>
  updateSettings(patch: Partial<Settings>): Promise<Settings>
  exportTimeline(request: ExportRequest): Promise<ExportFile>
  /** Save dialog and write; null when cancelled or unavailable (the renderer then downloads). */
  saveFile(file: ExportFile): Promise<string | null>
  /** Opens an http(s) URL in the system browser, only after the user asked. */
  openExternal(url: string): Promise<boolean>
  /** Stores a correction for an item of the open folder (replacing an earlier one); the corrected timeline. */
  correctItem(correction: ItemCorrection): Promise<Timeline>
  /** Drops the correction of one item (null: of every item) of the open folder; the timeline without it. */
  clearCorrection(itemId: string | null): Promise<Timeline>
  /** The open folder's corrections, hidden and merged items included (to list and undo them). */
  corrections(): Promise<CorrectionList>
}

export type MenuCommand = 'open-folder' | 'export-png' | 'export-svg' | 'export-pdf' | 'fit' | 'search' | 'zoom-in' | 'zoom-out'

/** Main-to-renderer messages. */
export interface Events {
  progress: LoadProgress
  /** The opened folder changed on disk and was reloaded. */
  timelineChanged: Timeline
  menu: MenuCommand
  /** Opened from a recent-folder menu entry or drag and drop handled by main. */
  folderOpened: OpenResult
}

export type Channel = keyof Api

export const channels = [
  'chooseFolder',
  'openFolder',
  'cancelLoad',
  'article',
  'recentFolders',
  'settings',
  'updateSettings',
  'exportTimeline',
  'saveFile',
  'openExternal',
  'correctItem',
  'clearCorrection',
  'corrections',
] as const satisfies readonly Channel[]

/** Every event name once: the preload refuses subscriptions to anything else. */
export const eventNames = Object.keys({
  progress: true,
  timelineChanged: true,
  menu: true,
  folderOpened: true,
} satisfies Record<keyof Events, true>) as (keyof Events)[]

export type Unsubscribe = () => void

/** What the renderer sees as `window.api`, in Electron and in the local browser alike. */
export interface Bridge extends Api {
  on<E extends keyof Events>(event: E, listener: (payload: Events[E]) => void): Unsubscribe
  /** The file system path of a dropped file or folder (Electron's webUtils); null in the browser. */
  pathForFile(file: File): string | null
  /** 'electron' or 'browser': the renderer hides what a mode cannot do (native dialogs). */
  readonly mode: 'electron' | 'browser'
}
