package dev.blastmap.layout;

import dev.blastmap.model.Graph;
import dev.blastmap.model.Service;
import dev.blastmap.model.ServiceId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

/**
 * A layout for graphs too big for forces or layers, linear in services and dependencies: each region, zone or
 * group is a box, as in the layered layout, and inside a box its services stand in rows, dependents never below
 * their dependencies (ordered by {@link DependencyHeights}: apps on top, infrastructure at the bottom), members
 * of one group side by side. Boxes inside a box are packed in rows below its own services, so the whole
 * drawing comes out about as wide as a screen is. Dependencies are straight lines between box borders.
 *
 * <p>A hundred thousand services take about a second, where the force layout takes many minutes; the
 * price is that a dependency between far-apart rows or boxes is a long line, which the canvas draws as a
 * faint haze when there are many.
 */
final class GroupedGridLayout implements LayoutAlgorithm {

    /** Width over height wanted for every block of cards and of boxes: a landscape screen. */
    private static final double ASPECT = 1.6;
    private static final double CARD_GAP_X = 24;
    private static final double CARD_GAP_Y = 48;
    private static final double BOX_GAP = 40;
    private static final double BOX_PADDING = 10;
    /** Room above a box's content for its label, as in the layered layout. */
    private static final double BOX_LABEL_ROOM = LayeredLayout.GROUP_LABEL_ROOM + 4;

    private final Grouping grouping;
    private final NodeSizer sizer;

    /** A layout with this grouping, or the finest grouping of each graph when null. */
    GroupedGridLayout(Grouping grouping, NodeSizer sizer) {
        this.grouping = grouping;
        this.sizer = sizer;
    }

    @Override
    public String name() {
        return "grid";
    }

    @Override
    public Layout layout(Graph graph, LayoutMonitor monitor) {
        monitor.progress(0);
        List<Service> services = graph.services();
        int n = services.size();
        Map<ServiceId, Integer> index = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            index.put(services.get(i).id(), i);
        }
        List<DrawnDependency> dependencies = DrawnDependency.of(graph);
        int[] from = new int[dependencies.size()];
        int[] to = new int[dependencies.size()];
        for (int e = 0; e < from.length; e++) {
            from[e] = index.get(dependencies.get(e).from());
            to[e] = index.get(dependencies.get(e).to());
        }
        int[] heights = DependencyHeights.of(adjacency(from, to, n));
        checkCancelled(monitor);
        monitor.progress(0.3);

        double[] width = new double[n];
        double[] height = new double[n];
        for (int i = 0; i < n; i++) {
            width[i] = sizer.width(services.get(i));
            height[i] = sizer.height(services.get(i));
        }
        Block root = new Block(null, null, 0);
        Grouping chosen = grouping != null ? grouping : Grouping.finestFor(graph);
        for (int i = 0; i < n; i++) {
            root.blockOf(services.get(i), chosen.levels()).members.add(i);
        }
        Placement placement = new Placement(services, heights, width, height);
        root.measure(placement);
        checkCancelled(monitor);
        monitor.progress(0.6);
        List<GroupBox> groups = new ArrayList<>();
        root.place(0, 0, placement, groups);
        groups.sort(Comparator.comparingInt(GroupBox::depth));

        Map<ServiceId, Box> boxes = new LinkedHashMap<>(2 * n);
        Box[] box = new Box[n];
        for (int i = 0; i < n; i++) {
            box[i] = new Box(placement.x[i], placement.y[i], width[i], height[i]);
            boxes.put(services.get(i).id(), box[i]);
        }
        List<EdgePath> edges = new ArrayList<>(dependencies.size());
        for (int e = 0; e < from.length; e++) {
            Box a = box[from[e]];
            Box b = box[to[e]];
            edges.add(dependencies.get(e).along(List.of(a.borderPointTowards(b.center()), b.borderPointTowards(a.center()))));
        }
        monitor.progress(1);
        return new Layout(boxes, edges, groups, name());
    }

    /** For each service index, the indices of its dependencies, from the dependencies' two ends. */
    private static int[][] adjacency(int[] from, int[] to, int n) {
        int[] count = new int[n];
        for (int f : from) {
            count[f]++;
        }
        int[][] adjacency = new int[n][];
        for (int i = 0; i < n; i++) {
            adjacency[i] = new int[count[i]];
            count[i] = 0;
        }
        for (int e = 0; e < from.length; e++) {
            adjacency[from[e]][count[from[e]]++] = to[e];
        }
        return adjacency;
    }

    private static void checkCancelled(LayoutMonitor monitor) {
        if (monitor.isCancelled()) {
            throw new CancellationException("layout cancelled");
        }
    }

    /** Where each service's card goes, filled in by the blocks; and what they need to know to place it. */
    private static final class Placement {
        final List<Service> services;
        final int[] heights;
        final double[] width;
        final double[] height;
        final double[] x;
        final double[] y;
        /** Each service's place in id order, and the service at each place. */
        final int[] idRank;
        final int[] byIdRank;

        Placement(List<Service> services, int[] heights, double[] width, double[] height) {
            this.services = services;
            this.heights = heights;
            this.width = width;
            this.height = height;
            this.x = new double[services.size()];
            this.y = new double[services.size()];
            this.byIdRank = java.util.stream.IntStream.range(0, services.size()).boxed()
                    .sorted(Comparator.comparing(i -> services.get(i).id())).mapToInt(i -> i).toArray();
            this.idRank = new int[services.size()];
            for (int r = 0; r < byIdRank.length; r++) {
                idRank[byIdRank[r]] = r;
            }
        }
    }

    /**
     * The root of the drawing or one group box: its own services in rows, then the boxes inside it packed in
     * rows. Measured bottom-up (sizes, and positions relative to the block), then placed top-down.
     */
    private static final class Block {
        final Grouping.Level level;
        final String name;
        final int depth;
        final List<Integer> members = new ArrayList<>();
        final Map<String, Block> children = new LinkedHashMap<>();
        double[] childX;
        double[] childY;
        double cardsHeight;
        double width;
        double height;

        Block(Grouping.Level level, String name, int depth) {
            this.level = level;
            this.name = name;
            this.depth = depth;
        }

        /** The innermost block this service belongs in, made on the way (boxes in order of first member). */
        Block blockOf(Service service, List<Grouping.Level> levels) {
            Block block = this;
            for (int l = 0; l < levels.size(); l++) {
                Grouping.Level lv = levels.get(l);
                String value = lv.of(service);
                if (value == null) {
                    break;
                }
                int d = l;
                block = block.children.computeIfAbsent(value, v -> new Block(lv, v, d));
            }
            return block;
        }

        boolean isBox() {
            return level != null;
        }

        void measure(Placement p) {
            // Cards and boxes share one width: the wider of what makes each screen-shaped.
            double cardsArea = 0;
            for (int i : members) {
                cardsArea += (p.width[i] + CARD_GAP_X) * (p.height[i] + CARD_GAP_Y);
            }
            double cardsWrap = Math.sqrt(cardsArea * ASPECT);
            double boxesWidth = packBoxes(p, cardsWrap);
            double cardsWidth = packCards(p, Math.max(cardsWrap, boxesWidth));
            double top = members.isEmpty() ? 0 : cardsHeight + BOX_GAP;
            double boxesHeight = 0;
            List<Block> inner = new ArrayList<>(children.values());
            for (int k = 0; k < inner.size(); k++) {
                boxesHeight = Math.max(boxesHeight, childY[k] + inner.get(k).height);
                childY[k] += top;
            }
            double contentWidth = Math.max(cardsWidth, boxesWidth);
            double contentHeight = inner.isEmpty() ? cardsHeight : top + boxesHeight;
            width = contentWidth + (isBox() ? 2 * BOX_PADDING : 0);
            height = contentHeight + (isBox() ? BOX_LABEL_ROOM + BOX_PADDING : 0);
        }

        /**
         * Measures the boxes inside and packs them in rows, each row as wide as makes the boxes together
         * screen-shaped, or {@code atLeast}; their places are relative to the top of the boxes. Returns the
         * width they take.
         */
        private double packBoxes(Placement p, double atLeast) {
            List<Block> inner = new ArrayList<>(children.values());
            double boxArea = 0;
            double widest = 0;
            for (Block b : inner) {
                b.measure(p);
                boxArea += (b.width + BOX_GAP) * (b.height + BOX_GAP);
                widest = Math.max(widest, b.width);
            }
            double wrap = Math.max(atLeast, Math.max(widest, Math.sqrt(boxArea * ASPECT)));
            childX = new double[inner.size()];
            childY = new double[inner.size()];
            double x = 0;
            double y = 0;
            double rowHeight = 0;
            double boxesWidth = 0;
            for (int k = 0; k < inner.size(); k++) {
                Block b = inner.get(k);
                if (x > 0 && x + b.width > wrap) {
                    y += rowHeight + BOX_GAP;
                    x = 0;
                    rowHeight = 0;
                }
                childX[k] = x;
                childY[k] = y;
                boxesWidth = Math.max(boxesWidth, x + b.width);
                x += b.width + BOX_GAP;
                rowHeight = Math.max(rowHeight, b.height);
            }
            return boxesWidth;
        }

        /**
         * Places this block's own cards in rows wrapped at {@code wrap}: by height (dependents first), then by
         * group, then in the file's order; a new height starts a new row once the row is half full, so that
         * layers show as bands without a deep graph making a tower of short rows. Returns the width they take.
         */
        private double packCards(Placement p, double wrap) {
            members.sort(Comparator.<Integer>comparingInt(i -> -p.heights[i])
                    .thenComparing(i -> p.services.get(i).group(), Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparingInt(i -> i));
            double x = 0;
            double y = 0;
            double rowHeight = 0;
            double cardsWidth = 0;
            for (int k = 0; k < members.size(); k++) {
                int i = members.get(k);
                boolean newLayer = k > 0 && p.heights[i] != p.heights[members.get(k - 1)] && x > wrap / 2;
                if (x > 0 && (newLayer || x + p.width[i] > wrap)) {
                    y += rowHeight + CARD_GAP_Y;
                    x = 0;
                    rowHeight = 0;
                }
                p.x[i] = x;
                p.y[i] = y;
                cardsWidth = Math.max(cardsWidth, x + p.width[i]);
                x += p.width[i] + CARD_GAP_X;
                rowHeight = Math.max(rowHeight, p.height[i]);
            }
            cardsHeight = members.isEmpty() ? 0 : y + rowHeight;
            return cardsWidth;
        }

        /** Places this block with its top-left corner at (left, top); adds its group box and its inner ones. */
        void place(double left, double top, Placement p, List<GroupBox> groups) {
            double contentX = left + (isBox() ? BOX_PADDING : 0);
            double contentY = top + (isBox() ? BOX_LABEL_ROOM : 0);
            for (int i : members) {
                p.x[i] += contentX;
                p.y[i] += contentY;
            }
            List<Block> inner = new ArrayList<>(children.values());
            for (int k = 0; k < inner.size(); k++) {
                inner.get(k).place(contentX + childX[k], contentY + childY[k], p, groups);
            }
            if (isBox()) {
                groups.add(new GroupBox(level, name, new Box(left, top, width, height), depth, allMembers(p)));
            }
        }

        /** Every service inside, sorted by id (by rank in id order: ints, not strings, for 100,000 ids). */
        private List<ServiceId> allMembers(Placement p) {
            int[] ranks = new int[count()];
            collect(this, p, ranks, 0);
            Arrays.sort(ranks);
            ServiceId[] ids = new ServiceId[ranks.length];
            for (int k = 0; k < ranks.length; k++) {
                ids[k] = p.services.get(p.byIdRank[ranks[k]]).id();
            }
            return Arrays.asList(ids);
        }

        private int count() {
            int n = members.size();
            for (Block c : children.values()) {
                n += c.count();
            }
            return n;
        }

        private static int collect(Block block, Placement p, int[] into, int at) {
            for (int i : block.members) {
                into[at++] = p.idRank[i];
            }
            for (Block c : block.children.values()) {
                at = collect(c, p, into, at);
            }
            return at;
        }
    }
}
