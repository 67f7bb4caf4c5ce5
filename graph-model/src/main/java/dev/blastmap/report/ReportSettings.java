package dev.blastmap.report;

import java.time.Clock;
import java.util.Objects;

/**
 * How a report is made: when (a clock, so tests and golden files can fix it), which Blastmap version it
 * names, how many rows of the SPOF ranking it shows, and what draws its picture.
 *
 * @param clock   tells the moment the report is made, in the clock's zone
 * @param version the Blastmap version the report names
 * @param top     how many of the worst single points of failure to list; at least 1
 * @param picture draws the graph coloured by state
 */
public record ReportSettings(Clock clock, String version, int top, GraphPicture picture) {

    /** The number of SPOF rows a report lists unless told otherwise. */
    public static final int DEFAULT_TOP = 10;

    /** Validates the settings. */
    public ReportSettings {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(picture, "picture");
        if (version.isBlank()) {
            throw new IllegalArgumentException("the version must not be blank");
        }
        if (top < 1) {
            throw new IllegalArgumentException("top must be at least 1, was " + top);
        }
    }

    /**
     * The system clock in UTC, the version of the running Blastmap (from the jar manifest, or
     * {@code development build}), the top {@value #DEFAULT_TOP} SPOFs and the app's painter.
     */
    public static ReportSettings defaults() {
        return new ReportSettings(Clock.systemUTC(), runningVersion(), DEFAULT_TOP, GraphPicture.painted());
    }

    /** These settings with another clock. */
    public ReportSettings withClock(Clock newClock) {
        return new ReportSettings(newClock, version, top, picture);
    }

    /** These settings naming another version. */
    public ReportSettings withVersion(String newVersion) {
        return new ReportSettings(clock, newVersion, top, picture);
    }

    /** These settings listing another number of SPOFs. */
    public ReportSettings withTop(int newTop) {
        return new ReportSettings(clock, version, newTop, picture);
    }

    /** These settings with another painter. */
    public ReportSettings withPicture(GraphPicture newPicture) {
        return new ReportSettings(clock, version, top, newPicture);
    }

    private static String runningVersion() {
        String v = ReportSettings.class.getPackage().getImplementationVersion();
        return v == null ? "development build" : v;
    }
}
