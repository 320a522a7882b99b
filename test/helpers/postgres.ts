/**
 * A fresh PostgreSQL database per test file, on the server the global setup provides.
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
