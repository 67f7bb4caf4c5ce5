/** The AWS X-Ray service graph ({@code aws xray get-service-graph}). */
package dev.blastmap.io.xray;
