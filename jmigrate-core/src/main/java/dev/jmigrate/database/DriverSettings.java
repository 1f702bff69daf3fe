package dev.jmigrate.database;

/**
 * What drivers need to know about the tool that uses them.
 *
 * @param toolVersion recorded in the history table
 * @param clientHost recorded in the history table
 */
public record DriverSettings(String toolVersion, String clientHost) {
}
