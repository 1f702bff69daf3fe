/**
 * Catalog snapshots of a PostgreSQL schema and readable differences between two snapshots, the basis of
 * {@code migrate verify}: a down migration is correct when the snapshot taken after it equals the snapshot
 * taken before the matching up migration.
 *
 * <p>{@link dev.jmigrate.verify.SchemaSnapshot#capture} reads the system catalogs through plain
 * {@code java.sql} interfaces; {@link dev.jmigrate.verify.SchemaSnapshot#differencesFrom} compares two
 * snapshots and returns {@link dev.jmigrate.verify.SchemaDifference}s, each describable as one line.
 */
package dev.jmigrate.verify;
