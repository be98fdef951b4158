import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Events, LoadProgress } from '../shared/ipc'
import type { Timeline } from '../shared/model'
import { confSettings } from './conf-store'
import { createHandlers, dispatch, expandPath, InvalidRequest, type HandlerDeps } from './handlers'
import { inProcessLoader, LoadCancelled, type Loader } from './loader'

let dir: string
let folder: string
let events: { event: keyof Events; payload: unknown }[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'nt-handlers-'))
  folder = join(dir, 'articles')
  await mkdir(join(folder, 'sub'), { recursive: true })
  await writeFile(join(folder, 'one.txt'), ' date 2021-12-27 \nLavrov says talks will follow.\nSecond line.\n')
  await writeFile(join(folder, 'sub', 'two.txt'), ' date 2021-12-28 \nBlinken replies.\n')
  events = []
})
afterEach(() => rm(dir, { recursive: true, force: true }))

function handlers(overrides: Partial<HandlerDeps> = {}) {
  return createHandlers({
    store: confSettings(join(dir, 'settings')),
    loader: inProcessLoader,
    emit: (event, payload) => events.push({ event, payload }),
    chooseFolder: null,
    saveFile: null,
    openExternal: null,
    exportTimeline: null,
    ...overrides,
  })
}

describe('openFolder', () => {
  it('loads a folder, reports progress and remembers it', async () => {
    const api = handlers()
    const result = await api.openFolder(folder)
    expect(result.status).toBe('loaded')
    if (result.status !== 'loaded') return
    expect(result.timeline.folder).toBe(folder)
    expect(result.timeline.articles.map((a) => a.file).sort()).toEqual(['one.txt', 'sub/two.txt'])
    const progress = events.filter((e) => e.event === 'progress').map((e) => e.payload as LoadProgress)
    expect(progress.at(-1)).toEqual({ phase: 'done', done: 2, total: 2 })
    expect(await api.recentFolders()).toEqual([folder])
    expect((await api.settings()).lastFolder).toBe(folder)
  })

  it('reports a missing folder as an error, not an exception', async () => {
    const result = await handlers().openFolder(join(dir, 'nope'))
    expect(result).toEqual({ status: 'error', message: expect.stringContaining('Not a readable folder') })
  })

  it('is cancelled by cancelLoad', async () => {
    const slow: Loader = (_folder, { signal }) =>
      new Promise<Timeline>((_resolve, reject) => signal.addEventListener('abort', () => reject(new LoadCancelled())))
    const api = handlers({ loader: slow })
    const pending = api.openFolder(folder)
    await new Promise((r) => setTimeout(r, 20))
    expect(await api.cancelLoad()).toBe(true)
    expect(await pending).toEqual({ status: 'cancelled' })
    expect(await api.recentFolders()).toEqual([])
    expect(await api.cancelLoad()).toBe(false)
  })

  it('a cancel that comes before the loader starts still cancels', async () => {
    let started = 0
    const api = handlers({ loader: async (f, request) => (started++, inProcessLoader(f, request)) })
    const pending = api.openFolder(folder)
    await api.cancelLoad()
    expect(await pending).toEqual({ status: 'cancelled' })
    expect(started).toBe(0)
  })

  it('a newer open supersedes an older one', async () => {
    const api = handlers()
    const [first, second] = await Promise.all([api.openFolder(join(folder, 'sub')), api.openFolder(folder)])
    expect(first.status).toBe('cancelled')
    expect(second.status).toBe('loaded')
    expect(api.current()?.folder).toBe(folder)
  })

  it('reloads on change and emits timelineChanged', async () => {
    let trigger: () => void = () => undefined
    let stopped = 0
    const api = handlers({
      watch: (_root, onChange) => {
        trigger = onChange
        return () => stopped++
      },
    })
    await api.openFolder(folder)
    await writeFile(join(folder, 'three.txt'), ' date 2021-12-29 \nA third article.\n')
    trigger()
    await expect.poll(() => events.filter((e) => e.event === 'timelineChanged').length).toBe(1)
    const changed = events.find((e) => e.event === 'timelineChanged')?.payload as Timeline
    expect(changed.articles).toHaveLength(3)
    api.dispose()
    expect(stopped).toBe(1)
  })
})

describe('watching', () => {
  it('watches the folder being left until the next one has loaded, and keeps it when the next fails', async () => {
    const events: string[] = []
    const loader: Loader = (f, request) => (events.push(`load ${f}`), inProcessLoader(f, request))
    const api = handlers({
      loader,
      watch: (root) => (events.push(`watch ${root}`), () => void events.push(`stop ${root}`)),
    })
    const sub = join(folder, 'sub')
    await api.openFolder(folder)
    await api.openFolder(sub)
    await api.openFolder(join(dir, 'missing'))
    expect(events).toEqual([`load ${folder}`, `watch ${folder}`, `load ${sub}`, `stop ${folder}`, `watch ${sub}`])
  })

  it('a change while another folder loads does not cancel it, and is reloaded when that load is cancelled', async () => {
    let trigger: () => void = () => undefined
    const loads: string[] = []
    let release: () => void = () => undefined
    const loader: Loader = (f, request) => {
      loads.push(f)
      if (f === folder) return inProcessLoader(f, request)
      // The second folder loads until the test triggers a change, then is cancelled.
      return new Promise<Timeline>((_resolve, reject) => {
        release = () => reject(new LoadCancelled())
        request.signal.addEventListener('abort', () => reject(new LoadCancelled()))
      })
    }
    const watch: HandlerDeps['watch'] = (_root, onChange) => {
      let watching = true
      trigger = () => watching && onChange()
      return () => void (watching = false)
    }
    const api = handlers({ loader, watch })
    await api.openFolder(folder)
    let settled = false
    const opening = api.openFolder(join(folder, 'sub')).finally(() => (settled = true))
    await expect.poll(() => loads.length).toBe(2)
    await writeFile(join(folder, 'three.txt'), ' date 2021-12-29 \nA third article.\n')
    trigger()
    await new Promise((r) => setTimeout(r, 20))
    expect(settled).toBe(false)
    expect(loads).toHaveLength(2)
    expect(events.filter((e) => e.event === 'timelineChanged')).toHaveLength(0)
    await api.cancelLoad()
    release()
    expect(await opening).toEqual({ status: 'cancelled' })
    await expect.poll(() => events.filter((e) => e.event === 'timelineChanged').length).toBe(1)
    const changed = events.find((e) => e.event === 'timelineChanged')?.payload as Timeline
    expect(changed.folder).toBe(folder)
    expect(changed.articles).toHaveLength(3)
  })
})

describe('progress', () => {
  it('a cancelled reload started by a change on disk ends its progress, and late progress is dropped', async () => {
    let trigger: () => void = () => undefined
    let calls = 0
    let late: () => void = () => undefined
    const loader: Loader = (f, request) => {
      if (++calls === 1) return inProcessLoader(f, request)
      request.onProgress({ phase: 'read', done: 1, total: 2 })
      late = () => request.onProgress({ phase: 'read', done: 2, total: 2 })
      return new Promise<Timeline>((_resolve, reject) => request.signal.addEventListener('abort', () => reject(new LoadCancelled())))
    }
    const api = handlers({ loader, watch: (_root, onChange) => ((trigger = onChange), () => undefined) })
    await api.openFolder(folder)
    const progress = () => events.filter((e) => e.event === 'progress').map((e) => e.payload as LoadProgress)
    const before = progress().length
    trigger()
    await expect.poll(() => calls).toBe(2)
    expect(await api.cancelLoad()).toBe(true)
    await expect.poll(() => progress().at(-1)?.phase).toBe('done')
    late()
    expect(progress().slice(before)).toEqual([
      { phase: 'read', done: 1, total: 2 },
      { phase: 'done', done: 0, total: 0 },
    ])
    expect(events.filter((e) => e.event === 'timelineChanged')).toHaveLength(0)
  })
})

describe('article', () => {
  it('returns the lines of an opened article, null for unknown ids', async () => {
    const api = handlers()
    expect(await api.article('a1')).toBeNull()
    const result = await api.openFolder(folder)
    if (result.status !== 'loaded') throw new Error('not loaded')
    const one = result.timeline.articles.find((a) => a.file === 'one.txt')!
    const text = await api.article(one.id)
    expect(text?.lines.map((l) => l.text)).toContain('Lavrov says talks will follow.')
    expect(await api.article('a999')).toBeNull()
  })
})

describe('settings and recent folders', () => {
  it('persists updates across handler instances (same store folder)', async () => {
    await handlers().updateSettings({ theme: 'dark', lanes: 'actor' })
    const settings = await handlers().settings()
    expect(settings.theme).toBe('dark')
    expect(settings.lanes).toBe('actor')
  })

  it('lists recent folders newest first, skipping ones that no longer exist', async () => {
    const api = handlers()
    await api.openFolder(join(folder, 'sub'))
    await api.openFolder(folder)
    expect(await api.recentFolders()).toEqual([folder, join(folder, 'sub')])
    await rm(join(folder, 'sub'), { recursive: true })
    expect(await api.recentFolders()).toEqual([folder])
  })
})

describe('export, save and external links', () => {
  it('export needs an open timeline and the export module', async () => {
    const api = handlers()
    await expect(api.exportTimeline({ format: 'png' })).rejects.toThrow(/open a folder/)
    await api.openFolder(folder)
    await expect(api.exportTimeline({ format: 'png' })).rejects.toThrow(/not available/)
    const withExport = handlers({
      exportTimeline: async (timeline, request) => ({
        fileName: `t.${request.format}`,
        mimeType: 'application/json',
        base64: Buffer.from(String(timeline.articles.length)).toString('base64'),
      }),
    })
    await withExport.openFolder(folder)
    expect(await withExport.exportTimeline({ format: 'json' })).toEqual({ fileName: 't.json', mimeType: 'application/json', base64: 'Mg==' })
  })

  it('saveFile and chooseFolder return null without dialogs', async () => {
    const api = handlers()
    expect(await api.chooseFolder()).toBeNull()
    expect(await api.saveFile({ fileName: 'a.png', mimeType: 'image/png', base64: '' })).toBeNull()
  })

  it('openExternal passes only http(s) URLs to the shell', async () => {
    const opened: string[] = []
    const api = handlers({ openExternal: async (url) => void opened.push(url) })
    expect(await api.openExternal('https://example.org/x')).toBe(true)
    expect(await api.openExternal('file:///etc/passwd')).toBe(false)
    expect(await api.openExternal('not a url')).toBe(false)
    expect(opened).toEqual(['https://example.org/x'])
  })
})

describe('dispatch', () => {
  it('validates before calling the handler', async () => {
    const api = handlers()
    await expect(dispatch(api, 'openFolder', [42])).rejects.toBeInstanceOf(InvalidRequest)
    await expect(dispatch(api, 'updateSettings', [{ theme: 'neon' }])).rejects.toThrow(/must be one of/)
    expect(await dispatch(api, 'updateSettings', [{ theme: 'light' }])).toMatchObject({ theme: 'light' })
  })
})

describe('corrections', () => {
  const fakeItems: Loader = async (folder) => ({
    version: 1,
    folder,
    articles: [],
    stories: [],
    skipped: [],
    items: ['i1', 'i2'].map((id) => ({
      id,
      storyId: 's1',
      type: 'event' as const,
      start: '2021-12-27',
      end: '2021-12-27',
      precision: 'day' as const,
      title: id,
      speaker: null,
      actors: [],
      sources: [],
    })),
  })

  it('applies, persists and re-applies corrections per folder', async () => {
    const api = handlers({ loader: fakeItems })
    await expect(api.correctItem({ itemId: 'i1', title: 'x' })).rejects.toThrow(/open a folder/)
    await api.openFolder(folder)
    const corrected = await api.correctItem({ itemId: 'i1', title: 'Talks begin', start: '2022-01-10' })
    expect(corrected.items.find((i) => i.id === 'i1')).toMatchObject({ title: 'Talks begin', start: '2022-01-10', end: '2022-01-10' })
    expect((await api.correctItem({ itemId: 'i2', hidden: true })).items.map((i) => i.id)).toEqual(['i1'])
    await expect(api.correctItem({ itemId: 'nope', hidden: true })).rejects.toBeInstanceOf(InvalidRequest)

    // Another process start (same settings folder): the corrections come back with the folder.
    const again = handlers({ loader: fakeItems })
    const reopened = await again.openFolder(folder)
    if (reopened.status !== 'loaded') throw new Error('not loaded')
    expect(reopened.timeline.items.map((i) => i.title)).toEqual(['Talks begin'])
    expect(await again.corrections()).toEqual({
      corrections: [{ itemId: 'i1', title: 'Talks begin', start: '2022-01-10' }, { itemId: 'i2', hidden: true }],
      titles: { i1: 'Talks begin', i2: 'i2' },
    })

    // Exports see what the reader sees.
    const exported: string[][] = []
    const withExport = handlers({ loader: fakeItems, exportTimeline: async (t) => (exported.push(t.items.map((i) => i.id)), { fileName: 'a', mimeType: 'b', base64: '' }) })
    await withExport.openFolder(folder)
    await withExport.exportTimeline({ format: 'json' })
    expect(exported).toEqual([['i1']])

    expect((await again.clearCorrection('i2')).items.map((i) => i.id)).toEqual(['i1', 'i2'])
    expect((await again.clearCorrection(null)).items.map((i) => i.title)).toEqual(['i1', 'i2'])
    expect((await again.settings()).corrections).toEqual({})
  })

  it('keeps other folders\' corrections apart', async () => {
    const api = handlers({ loader: fakeItems })
    await api.openFolder(folder)
    await api.correctItem({ itemId: 'i1', hidden: true })
    const other = await api.openFolder(join(folder, 'sub'))
    if (other.status !== 'loaded') throw new Error('not loaded')
    expect(other.timeline.items).toHaveLength(2)
    expect(await api.corrections()).toEqual({ corrections: [], titles: {} })
  })

  it('stores a merge and a split and refuses ones the reader could not have made', async () => {
    const withSources: Loader = async (f, options) => {
      const t = await fakeItems(f, options)
      return { ...t, items: t.items.map((i) => ({ ...i, sources: [{ articleId: `${i.id}-a`, text: `${i.id} a.` }, { articleId: `${i.id}-b`, text: `${i.id} b.` }] })) }
    }
    const api = handlers({ loader: withSources })
    await api.openFolder(folder)
    await expect(api.correctItem({ itemId: 'i1', mergeInto: 'i3' })).rejects.toBeInstanceOf(InvalidRequest)
    await expect(api.correctItem({ itemId: 'i1', split: [['i1-a', 'i1-b']] })).rejects.toThrow(/at least one source/)
    const merged = await api.correctItem({ itemId: 'i1', mergeInto: 'i2' })
    expect(merged.items.map((i) => [i.id, i.sources.length])).toEqual([['i2', 4]])
    const split = await api.correctItem({ itemId: 'i2', split: [['i1-a']] })
    expect(split.items.map((i) => i.sources.map((s) => s.articleId).sort())).toEqual([['i1-b', 'i2-a', 'i2-b'], ['i1-a']])
    const { corrections, titles } = await api.corrections()
    expect(corrections).toHaveLength(2)
    expect(titles).toMatchObject({ i1: 'i1', i2: 'i2', [split.items[1].id]: expect.stringMatching(/i1 a/i) })
  })
})

describe('expandPath', () => {
  it.each([
    ['/news/crisis', '/news/crisis'],
    ['  /news/crisis  ', '/news/crisis'],
    ['"/news/with space"', '/news/with space'],
    ["'/news/x'", '/news/x'],
    ['~', '/home/u'],
    ['~/news', '/home/u/news'],
    ['/news/../other', '/other'],
  ])('%s -> %s', (typed, expected) => {
    expect(expandPath(typed, '/home/u')).toBe(expected)
  })
})
