/**
 * A free loopback TCP port. No vitest import: the global setup (test/setup/postgres.ts) uses it too.
 */
import { createServer } from 'node:net'

/** A loopback port nobody listens on: bound to port 0, read, then released. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}
