// A tiny argument validator for the IPC boundary: every message from a renderer (Electron IPC or the
// local HTTP server) is checked against its channel's schema before a handler sees it.
import type { Channel } from './ipc'

export type Schema =
  | { kind: 'string'; maxLength?: number; pattern?: RegExp }
  | { kind: 'number'; min?: number; max?: number; integer?: boolean }
  | { kind: 'boolean' }
  | { kind: 'null' }
  | { kind: 'enum'; values: readonly string[] }
  | { kind: 'array'; items: Schema; maxItems?: number; minItems?: number }
  | { kind: 'object'; properties: Record<string, Schema>; required?: readonly string[] }
  | { kind: 'union'; options: readonly Schema[] }

const MAX_TEXT = 4096
const MAX_FILE = 64 * 1024 * 1024

export const str = (maxLength = MAX_TEXT, pattern?: RegExp): Schema => ({ kind: 'string', maxLength, pattern })
export const num = (min?: number, max?: number, integer = false): Schema => ({ kind: 'number', min, max, integer })
export const bool: Schema = { kind: 'boolean' }
export const nul: Schema = { kind: 'null' }
export const oneOf = (...values: string[]): Schema => ({ kind: 'enum', values })
export const arrayOf = (items: Schema, maxItems?: number, minItems?: number): Schema => ({ kind: 'array', items, maxItems, minItems })
export const objectOf = (properties: Record<string, Schema>, required: readonly string[] = []): Schema => ({
  kind: 'object',
  properties,
  required,
})
export const union = (...options: Schema[]): Schema => ({ kind: 'union', options })

/** Returns null when `value` matches, else a message naming the first offending path. */
export function check(schema: Schema, value: unknown, path = 'value'): string | null {
  switch (schema.kind) {
    case 'string':
      if (typeof value !== 'string') return `${path} must be a string`
      if (schema.maxLength !== undefined && value.length > schema.maxLength) return `${path} is too long`
      if (schema.pattern && !schema.pattern.test(value)) return `${path} has an invalid format`
      return null
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return `${path} must be a finite number`
      if (schema.integer && !Number.isInteger(value)) return `${path} must be an integer`
      if (schema.min !== undefined && value < schema.min) return `${path} must be >= ${schema.min}`
      if (schema.max !== undefined && value > schema.max) return `${path} must be <= ${schema.max}`
      return null
    case 'boolean':
      return typeof value === 'boolean' ? null : `${path} must be a boolean`
    case 'null':
      return value === null ? null : `${path} must be null`
    case 'enum':
      return typeof value === 'string' && schema.values.includes(value)
        ? null
        : `${path} must be one of ${schema.values.join(', ')}`
    case 'array': {
      if (!Array.isArray(value)) return `${path} must be an array`
      if (schema.maxItems !== undefined && value.length > schema.maxItems) return `${path} has too many items`
      if (schema.minItems !== undefined && value.length < schema.minItems) return `${path} has too few items`
      for (let i = 0; i < value.length; i++) {
        const error = check(schema.items, value[i], `${path}[${i}]`)
        if (error) return error
      }
      return null
    }
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return `${path} must be an object`
      const proto = Object.getPrototypeOf(value)
      if (proto !== Object.prototype && proto !== null) return `${path} must be a plain object`
      const record = value as Record<string, unknown>
      for (const key of Object.keys(record)) {
        const property = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined
        if (!property) return `${path}.${key} is not allowed`
        if (record[key] === undefined && !schema.required?.includes(key)) continue
        const error = check(property, record[key], `${path}.${key}`)
        if (error) return error
      }
      for (const key of schema.required ?? []) if (!(key in record)) return `${path}.${key} is required`
      return null
    }
    case 'union': {
      const errors = schema.options.map((option) => check(option, value, path))
      return errors.includes(null) ? null : (errors[0] ?? `${path} matches no allowed shape`)
    }
  }
}

const id = str(200)
const path = str(4096)
const lanes = oneOf('story', 'actor', 'type')

export const exportRequestSchema = objectOf(
  {
    format: oneOf('png', 'svg', 'pdf', 'json', 'csv', 'timelinejs'),
    itemIds: arrayOf(id, 100_000),
    range: objectOf({ start: str(40), end: str(40) }, ['start', 'end']),
    width: num(100, 20_000),
    lanes,
    title: str(500),
  },
  ['format'],
)

export const exportFileSchema = objectOf(
  {
    fileName: str(255, /^[^/\\\0]+$/),
    mimeType: str(100),
    base64: str(MAX_FILE, /^[A-Za-z0-9+/=\s]*$/),
  },
  ['fileName', 'mimeType', 'base64'],
)

export const settingsPatchSchema = objectOf({
  recentFolders: arrayOf(path, 10),
  lastFolder: union(path, nul),
  window: objectOf(
    { x: num(), y: num(), width: num(400, 100_000), height: num(300, 100_000), maximized: bool },
    ['width', 'height', 'maximized'],
  ),
  theme: oneOf('system', 'light', 'dark'),
  lanes: oneOf('story', 'actor', 'type', 'story-actor'),
})

const isoDay = str(10, /^\d{4}-\d{2}-\d{2}$/)

export const itemCorrectionSchema = objectOf(
  {
    itemId: id,
    type: oneOf('statement', 'event'),
    start: isoDay,
    end: isoDay,
    precision: oneOf('day', 'week', 'month', 'year', 'approximate'),
    title: str(500),
    speaker: union(str(200), nul),
    hidden: bool,
    mergeInto: id,
    // A story's sources move out one group (new item) at a time; hundreds would be no reading.
    split: arrayOf(arrayOf(id, 10_000, 1), 500),
  },
  ['itemId'],
)

/** One schema per argument, per channel: the arity must match exactly. */
export const channelArgs: Record<Channel, readonly Schema[]> = {
  chooseFolder: [],
  openFolder: [path],
  cancelLoad: [],
  article: [id],
  recentFolders: [],
  settings: [],
  updateSettings: [settingsPatchSchema],
  exportTimeline: [exportRequestSchema],
  saveFile: [exportFileSchema],
  openExternal: [str(2048, /^https?:\/\//i)],
  correctItem: [itemCorrectionSchema],
  clearCorrection: [union(id, nul)],
  corrections: [],
}

/** Validates a channel's argument list; returns the error message or null. */
export function checkArgs(channel: Channel, args: unknown): string | null {
  const schemas = channelArgs[channel]
  if (!Array.isArray(args)) return `${channel}: arguments must be an array`
  if (args.length !== schemas.length) return `${channel}: expected ${schemas.length} argument(s), got ${args.length}`
  for (let i = 0; i < schemas.length; i++) {
    const error = check(schemas[i], args[i], `${channel} argument ${i + 1}`)
    if (error) return error
  }
  return null
}

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(channelArgs, name)
}
