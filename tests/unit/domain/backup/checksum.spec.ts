import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { sha256Hex, utf8Length } from '@/domain/backup/sha256'
import { backupChecksum, canonicalJson } from '@/domain/backup/backup'

describe('sha256Hex', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    [
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      'cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1',
    ],
  ])('matches the FIPS 180-2 test vector for %j', (input, expected) => {
    expect(sha256Hex(input)).toBe(expected)
  })

  it('matches the test vector for one million « a »', () => {
    expect(sha256Hex('a'.repeat(1_000_000))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
  })

  it('hashes the UTF-8 bytes of accented letters, emoji and every block-boundary length like a reference implementation', () => {
    const samples = [
      'é',
      'Évaluation du SI — « ESMS »',
      '👩‍⚕️ soins',
      '\u0000\u007f\u0080\u07ff\u0800\uffff',
      'x'.repeat(55),
      'x'.repeat(56),
      'x'.repeat(63),
      'x'.repeat(64),
      'é'.repeat(200),
    ]
    for (const text of samples)
      expect(sha256Hex(text), text).toBe(createHash('sha256').update(text, 'utf8').digest('hex'))
  })

  it('encodes a lone surrogate as U+FFFD, as UTF-8 encoders do', () => {
    expect(sha256Hex('a\ud800b')).toBe(sha256Hex('a\ufffdb'))
    expect(utf8Length('a\ud800b')).toBe(5)
    expect(utf8Length('€😀')).toBe(7)
  })
})

describe('canonicalJson', () => {
  it('sorts keys recursively and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'x' } })).toBe(
      '{"a":{"c":"x","d":[3,{"y":null,"z":true}]},"b":1}',
    )
  })

  it('gives the same checksum whatever the order the keys were written in, and another one for other content', () => {
    expect(backupChecksum({ a: 1, b: [1, 2] })).toBe(backupChecksum({ b: [1, 2], a: 1 }))
    expect(backupChecksum({ a: 1, b: [2, 1] })).not.toBe(backupChecksum({ a: 1, b: [1, 2] }))
  })

  it('leaves out undefined fields, as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 'x' })).toBe('{"b":"x"}')
  })
})
