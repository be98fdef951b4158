// Settings: type, defaults and JSON schema together, owned by main (electron-store), read through the API.
import type { ItemCorrection } from './ipc'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

export interface Settings {
  recentFolders: string[]
  lastFolder: string | null
  window: WindowBounds
  theme: 'system' | 'light' | 'dark'
  lanes: 'story' | 'actor' | 'type' | 'story-actor'
  /** Item corrections by absolute folder path; written through the correction channels only. */
  corrections: Record<string, ItemCorrection[]>
}

export const MAX_RECENT_FOLDERS = 10

export const defaultSettings: Settings = {
  recentFolders: [],
  lastFolder: null,
  window: { width: 1280, height: 820, maximized: false },
  theme: 'system',
  lanes: 'story',
  corrections: {},
}

export const settingsSchema = {
  recentFolders: { type: 'array', items: { type: 'string' }, maxItems: MAX_RECENT_FOLDERS },
  lastFolder: { type: ['string', 'null'] },
  window: {
    type: 'object',
    properties: {
      x: { type: 'number' },
      y: { type: 'number' },
      width: { type: 'number', minimum: 400 },
      height: { type: 'number', minimum: 300 },
      maximized: { type: 'boolean' },
    },
    required: ['width', 'height', 'maximized'],
  },
  theme: { type: 'string', enum: ['system', 'light', 'dark'] },
  lanes: { type: 'string', enum: ['story', 'actor', 'type', 'story-actor'] },
  corrections: {
    type: 'object',
    additionalProperties: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          itemId: { type: 'string' },
          type: { type: 'string', enum: ['statement', 'event'] },
          start: { type: 'string' },
          end: { type: 'string' },
          precision: { type: 'string', enum: ['day', 'week', 'month', 'year', 'approximate'] },
          title: { type: 'string' },
          speaker: { type: ['string', 'null'] },
          hidden: { type: 'boolean' },
          mergeInto: { type: 'string' },
          split: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        },
        required: ['itemId'],
      },
    },
  },
} as const

/** Moves `folder` to the front of the recent list, without duplicates, capped. */
export function withRecentFolder(recent: readonly string[], folder: string): string[] {
  return [folder, ...recent.filter((f) => f !== folder)].slice(0, MAX_RECENT_FOLDERS)
}
