import { describe, expect, it } from 'vitest'
import { safeFileName } from '@/report/download'

describe('safeFileName', () => {
  it('keeps letters and digits, drops accents and turns the rest into dashes', () => {
    expect(safeFileName(['CapSI', 'structure', 'EHPAD « Les Tilleuls » – Saint-Étienne', '2026-03-02'], 'json')).toBe(
      'CapSI_structure_EHPAD-Les-Tilleuls-Saint-Etienne_2026-03-02.json',
    )
  })

  it('neutralises path separators, dots and markup', () => {
    expect(safeFileName(['../../etc/passwd', '<script>alert(1)</script>', 'C:\\Windows'], 'json')).toBe(
      'etc-passwd_script-alert-1-script_C-Windows.json',
    )
  })

  it('drops empty parts, shortens long ones and never returns an empty name', () => {
    expect(safeFileName(['CapSI', '   ', '€€€', 'x'.repeat(100)], 'json')).toBe(`CapSI_${'x'.repeat(60)}.json`)
    expect(safeFileName(['***'], 'j.s/on')).toBe('CapSI.json')
  })
})
