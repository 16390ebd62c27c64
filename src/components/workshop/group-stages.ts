/**
 * The group view is drawn in stages, each in a task of its own after the previous one is shown: the
 * group's statistics first, then the radars, then the heat map and lists, then the funding check
 * and the comparison over time. At 500 structures no stage holds the page for long.
 */
import { onBeforeUnmount, ref, type Ref } from 'vue'

export function useStages(last: number): { stage: Ref<number>; restart: () => void } {
  const stage = ref(0)
  let frame = 0
  let timer = 0
  function stop(): void {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
  function next(): void {
    if (stage.value >= last) return
    frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        stage.value += 1
        next()
      }, 0)
    })
  }
  function restart(): void {
    stop()
    stage.value = 0
    next()
  }
  onBeforeUnmount(stop)
  return { stage, restart }
}
