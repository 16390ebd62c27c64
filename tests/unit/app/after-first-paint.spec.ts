import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { afterFirstPaint, FALLBACK_MS } from '@/app/after-first-paint'

/** The browser's paint timeline, as the page sees it: entries, and observers told of new ones. */
let paints: string[] = []
let observers: (() => void)[] = []
let frames: FrameRequestCallback[] = []

class FakePerformanceObserver {
  static supportedEntryTypes = ['paint', 'resource']
  constructor(private readonly callback: () => void) {}
  observe(): void {
    observers.push(this.callback)
  }
  disconnect(): void {
    observers = observers.filter((callback) => callback !== this.callback)
  }
}

function paint(name: string): void {
  paints.push(name)
  for (const callback of [...observers]) callback()
}

function nextFrame(): void {
  const due = frames
  frames = []
  for (const frame of due) frame(0)
}

beforeEach(() => {
  vi.useFakeTimers()
  paints = []
  observers = []
  frames = []
  vi.stubGlobal('PerformanceObserver', FakePerformanceObserver)
  vi.stubGlobal('performance', { getEntriesByName: (name: string) => paints.filter((entry) => entry === name) })
  vi.stubGlobal('requestAnimationFrame', (frame: FrameRequestCallback) => frames.push(frame))
})

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('afterFirstPaint', () => {
  it('waits, on a page that has shown nothing yet, for its first contentful paint, not for the next frame', () => {
    const work = vi.fn()
    afterFirstPaint(work)
    nextFrame()
    vi.advanceTimersByTime(10)
    expect(work).not.toHaveBeenCalled()
    paint('first-paint')
    vi.advanceTimersByTime(10)
    expect(work).not.toHaveBeenCalled()

    paint('first-contentful-paint')
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledTimes(1)
    expect(observers).toHaveLength(0)
    vi.advanceTimersByTime(FALLBACK_MS)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('only waits for the next frame once the page has shown something (a later screen)', () => {
    paint('first-contentful-paint')
    const work = vi.fn()
    afterFirstPaint(work)
    vi.advanceTimersByTime(10)
    expect(work).not.toHaveBeenCalled()
    nextFrame()
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('runs the work all the same in a hidden tab, which paints nothing', () => {
    const work = vi.fn()
    afterFirstPaint(work)
    vi.advanceTimersByTime(FALLBACK_MS - 1)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(work).toHaveBeenCalledTimes(1)
    paint('first-contentful-paint')
    vi.advanceTimersByTime(FALLBACK_MS)
    expect(work).toHaveBeenCalledTimes(1)
  })

  it('waits for the next frame where the browser cannot report its paints', () => {
    vi.stubGlobal('PerformanceObserver', undefined)
    const work = vi.fn()
    afterFirstPaint(work)
    nextFrame()
    vi.advanceTimersByTime(0)
    expect(work).toHaveBeenCalledTimes(1)
  })
})
