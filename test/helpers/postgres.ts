/**
 * Fresh PostgreSQL databases (one per test file or per test) on the server the global setup provides.
 */
import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'

/** The server URL, or throws the reason there is none (so PostgreSQL tests fail, never skip). */
export function postgresServerUrl(): string {
  const postgres = inject('postgres')
  if ('unavailable' in postgres) throw new Error(`PostgreSQL store tests need a server: ${postgres.unavailable}`)
  return postgres.url
}

/** Creates an empty database and returns its URL. */
export async function freshPostgresDatabase(): Promise<string> {
  const server = postgresServerUrl()
  const name = `mcred_t_${randomBytes(6).toString('hex')}`
  const client = new pg.Client({ connectionString: server })
  await client.connect()
  try {
    await client.query(`CREATE DATABASE ${name}`)
  } finally {
    await client.end()
  }
  const url = new URL(server)
  url.pathname = `/${name}`
  return url.toString()
}

/** Fresh databases that are dropped together when a test file is done with them. */
export interface PostgresDatabases {
  /** A new empty database (see {@link freshPostgresDatabase}): its URL. */
  fresh(): Promise<string>
  /** Drops, even with open connections, every database made since the last call. */
  dropAll(): Promise<void>
}

/** A {@link PostgresDatabases} on the test server. */
export function postgresDatabases(): PostgresDatabases {
  const names: string[] = []
  return {
    async fresh() {
      const url = await freshPostgresDatabase()
      names.push(new URL(url).pathname.slice(1))
      return url
    },
    async dropAll() {
      if (names.length === 0) return
      const client = new pg.Client({ connectionString: postgresServerUrl() })
      await client.connect()
      try {
        for (const name of names.splice(0)) await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      } finally {
        await client.end()
      }
    },
  }
}
