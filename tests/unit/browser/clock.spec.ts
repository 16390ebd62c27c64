import { afterEach, describe, expect, it, vi } from 'vitest'
import { formatUuidV4, newId } from '@/browser/clock'

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('formatUuidV4', () => {
  it('writes the bytes in order, with the version 4 and the RFC 4122 variant set', () => {
    expect(formatUuidV4(Uint8Array.from({ length: 16 }, (_, i) => i))).toBe('00010203-0405-4607-8809-0a0b0c0d0e0f')
    expect(formatUuidV4(new Uint8Array(16).fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff')
    expect(formatUuidV4(new Uint8Array(16))).toBe('00000000-0000-4000-8000-000000000000')
  })

  it('refuses anything but 16 bytes', () => {
    expect(() => formatUuidV4(new Uint8Array(15))).toThrow(RangeError)
  })
})

describe('newId', () => {
  it('needs only crypto.getRandomValues, as on a plain-HTTP page where crypto.randomUUID does not exist', () => {
    const getRandomValues = vi.fn(<T extends ArrayBufferView | null>(array: T): T => {
      if (array instanceof Uint8Array) array.set(Uint8Array.from({ length: 16 }, (_, i) => 0xf0 + i))
      return array
    })
    vi.stubGlobal('crypto', { getRandomValues })
    expect(newId()).toBe('f0f1f2f3-f4f5-46f7-b8f9-fafbfcfdfeff')
    expect(getRandomValues).toHaveBeenCalledOnce()
  })

  it('gives distinct version 4 ids', () => {
    const ids = Array.from({ length: 2000 }, () => newId())
    for (const id of ids) expect(id).toMatch(V4)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
