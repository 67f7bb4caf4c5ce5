package dev.blastmap.app.window;

/**
 * The commands that need the window itself (file choosers, dialogs, focus, the canvas viewport), which the
 * menu bar and the tool bar call and {@link MainWindow} carries out.
 */
interface WindowActions {

    /** Asks for a file and opens it. */
    void openFile();

    /** Asks for a second version of the graph and shows it over the open one. */
    void compareWith();
    /** Saves the graph into its file in the native format, or asks where when it has none (a sample, an import). */
    void save();

    /** Asks for a file name and format and saves the graph. */
    void saveAs();

    /** Asks for a file name and writes a report of the current knockout. */
    void exportReport();

    /** Asks for a file name and writes an image of the canvas. */
    void exportImage();

    /** Puts the caret in the Find box. */
    void find();

    /** Fits the whole graph in view. */
    void fit();

    /** Shows only the neighbourhood of the selected service, or everything again. */
    void toggleFocus();

    /** Folds the right-hand side panels away, or unfolds them on the tab shown last. */
    void toggleSidePanels();

    /** Zooms in ({@code factor > 1}) or out around the centre of the canvas. */
    void zoom(double factor);

    /** Knocks out the selected service, or brings it back. */
    void toggleSelected();

    /** Shows the About dialog. */
    void about();

    /** Closes the window. */
    void quit();

    /** True while the user types in a text field, when single-key shortcuts must not fire. */
    boolean typing();
}
