// The API's handlers, shared by Electron's ipcMain and the local-browser HTTP server. Everything
// process-specific (store, dialogs, loader, export, shell) comes in as a plain dependency.
import { stat } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadFolder } from '../core'
import type { LoadResult } from '../core/types'
import type { Api, Channel, Events, ExportFile, ExportRequest, ItemCorrection, LoadProgress, OpenResult } from '../shared/ipc'
import type { ArticleText, Timeline } from '../shared/model'
import { checkArgs } from '../shared/validate'
import { applyCorrections, correctionProblem, correctionTitles, withCorrection } from '../core/corrections'
import { LoadCancelled, type Loader } from './loader'
import type { SettingsStore } from './settings'

export type Emit = <E extends keyof Events>(event: E, payload: Events[E]) => void
export type ExportFn = (timeline: Timeline, request: ExportRequest) => Promise<ExportFile>
/** Watches a folder; returns the function that stops watching. */
export type WatchFn = (root: string, onChange: () => void) => (() => void) | Promise<() => void>

export interface HandlerDeps {
  store: SettingsStore
  loader: Loader
  emit: Emit
  /** Native dialogs and shell: null where they do not exist (local-browser mode). */
  chooseFolder: (() => Promise<string | null>) | null
  saveFile: ((file: ExportFile) => Promise<string | null>) | null
  openExternal: ((url: string) => Promise<void>) | null
  /** Null until the export module is available. */
  exportTimeline: ExportFn | null
  watch?: WatchFn | null
  /** Reads the article files again for the reader view (lines with their furniture flags). */
  loadDocuments?: (folder: string) => Promise<LoadResult>
}

export interface Handlers extends Api {
  /** The timeline currently open, if any. */
  current(): Timeline | null
  dispose(): void
}

export class InvalidRequest extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'InvalidRequest'
  }
}

export function createHandlers(deps: HandlerDeps): Handlers {
  const loadDocuments = deps.loadDocuments ?? ((folder: string) => loadFolder(folder))
  /** The pipeline's timeline, and what the reader sees: the same with their corrections applied. */
  let built: Timeline | null = null
  let timeline: Timeline | null = null
  /** The open folder as opened (corrections are keyed by it). */
  let openPath: string | null = null
  let documents: Promise<LoadResult> | null = null
  let loading: AbortController | null = null
  let stopWatching: (() => void) | null = null
  /** While another folder is being opened, a change in the open one is only noted here (see openFolder). */
  let noted: { folder: string; changed: boolean } | null = null
  let generation = 0

  const unwatch = (): void => {
    stopWatching?.()
    stopWatching = null
  }

  const load = async (folder: string): Promise<OpenResult> => {
    loading?.abort()
    const controller = new AbortController()
    loading = controller
    const mine = ++generation
    let loaded = false
    try {
      const info = await stat(folder).catch(() => null)
      if (!info?.isDirectory()) return { status: 'error', message: `Not a readable folder: ${folder}` }
      // Cancelled while checking the folder: the loader would never hear of it.
      if (controller.signal.aborted) return { status: 'cancelled' }
      // A cancelled worker may still have progress on its way: it must not bring the progress bar back.
      const onProgress = (p: LoadProgress): void => {
        if (!controller.signal.aborted) deps.emit('progress', p)
      }
      const result = await deps.loader(folder, { signal: controller.signal, onProgress })
      if (mine !== generation) return { status: 'cancelled' }
      built = result
      openPath = folder
      timeline = applyCorrections(result, correctionsOf(folder))
      documents = null
      deps.emit('progress', { phase: 'done', done: result.articles.length, total: result.articles.length })
      loaded = true
      return { status: 'loaded', timeline }
    } catch (error) {
      if (error instanceof LoadCancelled || controller.signal.aborted) return { status: 'cancelled' }
      return { status: 'error', message: error instanceof Error ? error.message : String(error) }
    } finally {
      if (loading === controller) {
        loading = null
        // Every load ends its progress, also when cancelled or failed: a reload started by a change on disk
        // has no caller in the window to clear the progress bar.
        if (!loaded) deps.emit('progress', { phase: 'done', done: 0, total: 0 })
      }
    }
  }

  const correctionsOf = (folder: string): ItemCorrection[] => deps.store.read().corrections[folder] ?? []

  const saveCorrections = (update: (list: ItemCorrection[]) => ItemCorrection[]): Timeline => {
    if (!built || !openPath) throw new InvalidRequest('No timeline is open: open a folder first.')
    const folder = openPath
    const all = deps.store.read().corrections
    const list = update(all[folder] ?? [])
    const { [folder]: _previous, ...others } = all
    deps.store.update({ corrections: list.length ? { ...others, [folder]: list } : others })
    timeline = applyCorrections(built, list)
    return timeline
  }

  const reload = (folder: string): void => {
    void load(folder).then((result) => {
      if (result.status === 'loaded') deps.emit('timelineChanged', result.timeline)
    })
  }

  const watch = async (folder: string): Promise<void> => {
    unwatch()
    if (!deps.watch) return
    const stop = await deps.watch(folder, () => {
      if (noted?.folder === folder) noted.changed = true
      else reload(folder)
    })
    if (openPath === folder) stopWatching = stop
    else stop()
  }

  return {
    current: () => timeline,
    dispose() {
      loading?.abort()
      unwatch()
    },

    chooseFolder: async () => (deps.chooseFolder ? deps.chooseFolder() : null),

    async openFolder(path) {
      const folder = expandPath(path)
      // A change in the open folder must not reload it over the one being opened: it is noted, and the open
      // folder reloaded if the new one does not load (cancelled, failed), so no change is missed.
      const left = openPath ? { folder: openPath, changed: noted?.folder === openPath && noted.changed } : null
      noted = left
      let result: OpenResult
      try {
        result = await load(folder)
      } finally {
        if (noted === left) noted = null
      }
      if (result.status === 'loaded') deps.store.addRecent(folder)
      // Watch what is open now: the new folder, or the previous one (still watched) when the new one did not load.
      if (openPath && (openPath !== left?.folder || !stopWatching)) await watch(openPath).catch(() => undefined)
      if (left?.changed && result.status !== 'loaded' && openPath === left.folder && !loading) reload(left.folder)
      return result
    },

    async cancelLoad() {
      const running = loading !== null && !loading.signal.aborted
      loading?.abort()
      return running
    },

    async article(articleId) {
      const open = timeline
      const article = open?.articles.find((a) => a.id === articleId)
      if (!open || !article) return null
      documents ??= loadDocuments(open.folder)
      const doc = (await documents).documents.find((d) => d.file === article.file)
      if (!doc) return null
      return {
        articleId,
        title: article.title,
        outlet: article.outlet,
        url: article.url ?? doc.url,
        published: article.published,
        lines: doc.lines,
      } satisfies ArticleText
    },

    async recentFolders() {
      const recent = deps.store.read().recentFolders
      const exists = await Promise.all(recent.map((f) => stat(f).then((s) => s.isDirectory(), () => false)))
      return recent.filter((_, i) => exists[i])
    },

    settings: async () => deps.store.read(),

    updateSettings: async (patch) => deps.store.update(patch),

    async exportTimeline(request) {
      if (!timeline) throw new InvalidRequest('No timeline is open: open a folder first.')
      if (!deps.exportTimeline) throw new Error('Export is not available in this build yet.')
      return deps.exportTimeline(timeline, request)
    },

    saveFile: async (file) => (deps.saveFile ? deps.saveFile(file) : null),

    async correctItem(correction) {
      const problem = built && timeline ? correctionProblem(correction, built, timeline, openPath ? correctionsOf(openPath) : []) : null
      if (problem) throw new InvalidRequest(problem)
      return saveCorrections((list) => withCorrection(list, correction))
    },

    clearCorrection: async (itemId) => saveCorrections((list) => (itemId === null ? [] : list.filter((c) => c.itemId !== itemId))),

    async corrections() {
      const list = openPath ? correctionsOf(openPath) : []
      return { corrections: list, titles: built ? correctionTitles(built, list) : {} }
    },

    async openExternal(url) {
      const parsed = URL.canParse(url) ? new URL(url) : null
      if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')) return false
      if (!deps.openExternal) return false
      await deps.openExternal(parsed.href)
      return true
    },
  }
}

/** Absolute path from what a user may type: surrounding blanks and quotes dropped, `~` expanded. */
export function expandPath(typed: string, home = homedir()): string {
  const path = typed.trim().replace(/^(["'])(.*)\1$/, '$2')
  if (path === '~') return home
  if (path.startsWith('~/')) return join(home, path.slice(2))
  return resolve(path)
}

/** Validates a message's arguments and calls its handler: the one entry point for both transports. */
export async function dispatch(handlers: Api, channel: Channel, args: unknown): Promise<unknown> {
  const error = checkArgs(channel, args)
  if (error) throw new InvalidRequest(error)
  // The arguments now match the channel's schema, which mirrors the Api signature.
  const handler = handlers[channel] as (...a: unknown[]) => Promise<unknown>
  return handler.apply(handlers, args as unknown[])
}
