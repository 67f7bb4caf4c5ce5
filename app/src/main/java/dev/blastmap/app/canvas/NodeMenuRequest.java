package dev.blastmap.app.canvas;

import dev.blastmap.model.ServiceId;

/**
 * A right-click (or the menu key) on the graph: the app shows its context menu there.
 *
 * @param service the service under the pointer, or null for empty space
 * @param screenX where to show the menu, in screen coordinates
 * @param screenY where to show the menu, in screen coordinates
 */
public record NodeMenuRequest(ServiceId service, double screenX, double screenY) {
}
