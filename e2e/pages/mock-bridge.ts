// A scripted Bridge for interface specs that need situations the seeds cannot stage on demand
// (a slow load to cancel, a reload pushed by main, disagreeing sources, hostile text).
import type { Page } from '@playwright/test'
import type { Timeline } from '../../src/shared/model'

export async function installMockBridge(page: Page, timeline: Timeline): Promise<void> {
  await page.addInitScript((t: Timeline) => {
    type Listener = (payload: unknown) => void
    const listeners = new Map<string, Set<Listener>>()
    let pendingCancel: (() => void) | null = null
    const emit = (event: string, payload: unknown): void => listeners.get(event)?.forEach((l) => l(payload))
    const lines = (id: string) => {
      let offset = 0
      const texts = [
        { text: 'Share this article on Twitter', furniture: true },
        ...t.items.flatMap((i) => i.sources.filter((s) => s.articleId === id).map((s) => ({ text: `Earlier context. ${s.text} Later context.`, furniture: false }))),
        { text: 'Subscribe now for unlimited access', furniture: true },
      ]
      return texts.map((l) => {
        const line = { ...l, offset }
        offset += l.text.length + 1
        return line
      })
    }
    const settings = { recentFolders: [] as string[], lastFolder: null, window: { width: 1280, height: 820, maximized: false }, theme: 'system', lanes: 'story' }
    Object.assign(window, {
      __emit: emit,
      api: {
        mode: 'browser',
        chooseFolder: async () => null,
        openFolder: (path: string) =>
          path === '/slow'
            ? new Promise((resolve) => {
                pendingCancel = () => resolve({ status: 'cancelled' })
              })
            : Promise.resolve({ status: 'loaded', timeline: { ...t, folder: path } }),
        cancelLoad: async () => (pendingCancel ? (pendingCancel(), true) : false),
        article: async (id: string) => {
          const a = t.articles.find((x) => x.id === id)
          return a ? { articleId: id, title: a.title, outlet: a.outlet, url: null, published: a.published, lines: lines(id) } : null
        },
        recentFolders: async () => [],
        settings: async () => settings,
        updateSettings: async (patch: object) => Object.assign(settings, patch),
        exportTimeline: async (req: { format: string }) => ({ fileName: `timeline.${req.format}`, mimeType: 'application/json', base64: btoa('{"version":1}') }),
        saveFile: async () => null,
        openExternal: async () => true,
        correctItem: async () => t,
        clearCorrection: async () => t,
        corrections: async () => ({ corrections: [], titles: {} }),
        pathForFile: () => null,
        on: (event: string, listener: Listener) => {
          const set = listeners.get(event) ?? new Set<Listener>()
          set.add(listener)
          listeners.set(event, set)
          return () => set.delete(listener)
        },
      },
    })
  }, timeline)
}

/** Sends a main-to-renderer message through the mock bridge. */
export async function emit(page: Page, event: string, payload: unknown): Promise<void> {
  await page.evaluate(([e, p]) => (window as unknown as { __emit: (e: string, p: unknown) => void }).__emit(e as string, p), [event, payload] as const)
}
