/**
 * Store locations for messages.
 *
 * @module store
 */

/**
 * Whether a store location is a PostgreSQL URL (`postgres://` or `postgresql://`); anything else is
 * a SQLite file path.
 *
 * @example
 * ```ts
 * import { isPostgresLocation } from 'microcredentials/store'
 * isPostgresLocation('postgres://mcred@db.school.nl/mcred') // true
 * isPostgresLocation('data/issued.db') // false
 * ```
 */
export function isPostgresLocation(location: string): boolean {
  return /^postgres(ql)?:\/\//i.test(location)
}

/**
 * A store location fit for messages and logs: a PostgreSQL URL with its password replaced by `***`,
 * or the SQLite path as given.
 *
 * @example
 * ```ts
 * import { describeStoreLocation } from 'microcredentials/store'
 * describeStoreLocation('postgres://mcred:secret@db.school.nl/mcred') // 'postgres://mcred:***@db.school.nl/mcred'
 * ```
 */
export function describeStoreLocation(location: string): string {
  if (!isPostgresLocation(location)) return location
  try {
    const url = new URL(location)
    if (url.password) url.password = '***'
    return url.toString()
  } catch {
    return 'postgres://(unparsable URL)'
  }
}
