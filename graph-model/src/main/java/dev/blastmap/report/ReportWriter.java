package dev.blastmap.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one format. One implementation per {@link ReportFormat}. */
interface ReportWriter {

    /** Writes the whole report to the stream, and flushes it without closing it. */
    void write(Report report, OutputStream out) throws IOException;
}
