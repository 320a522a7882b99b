import { describe, expect, it } from 'vitest'
import { InvalidArgumentError } from '../../src/errors/errors.js'
import { DocumentLoadBlockedError } from '../../src/net/errors.js'
import { blockedHost, checkFetchUrl, normaliseAllowedHosts, parseIPv6 } from '../../src/net/host-policy.js'

describe('blockedHost', () => {
  const blocked: Array<[string, RegExp]> = [
    ['127.0.0.1', /loopback/], ['127.255.255.254', /loopback/], ['10.1.2.3', /private/], ['172.16.0.1', /private/],
    ['172.31.255.255', /private/], ['192.168.1.1', /private/], ['169.254.169.254', /link-local/], ['0.0.0.0', /this network/],
    ['100.64.0.1', /shared/], ['100.127.255.255', /shared/], ['224.0.0.1', /multicast/], ['255.255.255.255', /reserved/],
    ['localhost', /localhost/], ['LOCALHOST.', /localhost/], ['api.localhost', /localhost/],
    ['[::1]', /loopback/], ['[::]', /unspecified/], ['[fc00::1]', /unique-local/], ['[fd12:3456::1]', /unique-local/],
    ['[fe80::1]', /link-local/], ['[febf::1]', /link-local/], ['[ff02::1]', /multicast/],
    ['[::ffff:127.0.0.1]', /IPv4-mapped loopback/], ['[::ffff:7f00:1]', /IPv4-mapped loopback/], ['[::ffff:a9fe:a9fe]', /IPv4-mapped link-local/],
    ['[::ffff:10.0.0.1]', /IPv4-mapped private/], ['[::127.0.0.1]', /IPv4-compatible loopback/], ['[64:ff9b::a00:1]', /NAT64 private/],
    ['[2002:c0a8:101::1]', /6to4 private/],
  ]
  for (const [host, why] of blocked) it(`refuses ${host}`, () => expect(blockedHost(host)).toMatch(why))

  const allowed = ['school.example.nl', '8.8.8.8', '172.32.0.1', '172.15.255.255', '100.128.0.1', '169.253.0.1', '11.0.0.1', '[2001:4860:4860::8888]', '[::ffff:8.8.8.8]', 'localhost.example.nl', '[fbff::1]']
  for (const host of allowed) it(`does not refuse ${host}`, () => expect(blockedHost(host)).toBeUndefined())

  it('parses IPv6 forms', () => {
    expect(parseIPv6('::1')).toEqual([0, 0, 0, 0, 0, 0, 0, 1])
    expect(parseIPv6('::ffff:127.0.0.1')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x7f00, 1])
    expect(parseIPv6('1:2:3:4:5:6:7:8')).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(parseIPv6('1::2::3')).toBeUndefined()
    expect(parseIPv6('1:2:3:4:5:6:7:8:9')).toBeUndefined()
    expect(parseIPv6('fe80::1%eth0')).toBeUndefined()
  })
})

describe('checkFetchUrl', () => {
  const allow = normaliseAllowedHosts(['school.example.nl', 'Other.Example.NL:8443'])
  const refusals: Array<[string, string]> = [
    ['http://school.example.nl/issuer', 'not-https'],
    ['ftp://school.example.nl/issuer', 'not-https'],
    ['not a url', 'invalid-url'],
    ['https://user:pw@school.example.nl/issuer', 'credentials-in-url'],
    ['https://127.0.0.1/did.json', 'private-address'],
    ['https://2130706433/did.json', 'private-address'],
    ['https://0x7f.1/did.json', 'private-address'],
    ['https://169.254.169.254/latest/meta-data', 'private-address'],
    ['https://[::ffff:127.0.0.1]/did.json', 'private-address'],
    ['https://[fe80::1]/did.json', 'private-address'],
    ['https://localhost/did.json', 'private-address'],
    ['https://evil.example/did.json', 'host-not-allowed'],
    ['https://school.example.nl:8443/issuer', 'host-not-allowed'],
    ['https://other.example.nl/issuer', 'host-not-allowed'],
    ['https://school.example.nl./issuer', 'host-not-allowed'],
    ['https://sub.school.example.nl/issuer', 'host-not-allowed'],
  ]
  for (const [url, reason] of refusals) {
    it(`refuses ${url}: ${reason}`, () => {
      let error: unknown
      try { checkFetchUrl(url, allow) } catch (e) { error = e }
      expect(error).toBeInstanceOf(DocumentLoadBlockedError)
      expect(error).toMatchObject({ reason, code: 'ERR_DOCUMENT_LOAD_BLOCKED', url })
      expect((error as Error).message).toMatch(/^Cannot load document "/)
    })
  }

  it('accepts allowed hosts, case-insensitively and with the default port written out', () => {
    expect(checkFetchUrl('https://School.Example.NL:443/issuer', allow).href).toBe('https://school.example.nl/issuer')
    expect(checkFetchUrl('https://other.example.nl:8443/issuer', allow).host).toBe('other.example.nl:8443')
  })

  it('an IP literal on the allow-list is still refused when it is private', () => {
    expect(() => checkFetchUrl('https://10.0.0.1/x', normaliseAllowedHosts(['10.0.0.1']))).toThrow(/non-public range/)
  })

  it('allow-list entries must be host names', () => {
    for (const bad of ['https://example.nl', 'example.nl/path', '*.example.nl', '', 'a b', 'user@example.nl']) {
      expect(() => normaliseAllowedHosts([bad]), bad).toThrow(InvalidArgumentError)
    }
    expect(() => normaliseAllowedHosts('example.nl')).toThrow(InvalidArgumentError)
  })
})
