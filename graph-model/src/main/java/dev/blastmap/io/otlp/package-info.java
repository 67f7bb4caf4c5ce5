/** OpenTelemetry traces in OTLP/JSON ({@code resourceSpans}), one request or many concatenated. */
package dev.blastmap.io.otlp;
