package dev.blastmap.render;

import dev.blastmap.analysis.ServiceState;
import dev.blastmap.model.Kind;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The colours of a picture. The state colours come from the Okabe–Ito palette, which stays distinct for the
 * common kinds of colour blindness, and every state also has its own pattern (see {@link StateStyle}).
 *
 * @param name            {@code light} or {@code dark}
 * @param darkBackground  true for light text on a dark background
 * @param background      behind everything
 * @param gridDot         the dots of the canvas background grid
 * @param text            labels
 * @param mutedText       secondary text: group labels, legends
 * @param edge            dependency lines
 * @param groupFill       region (outer) box fill
 * @param innerGroupFill  zone (inner) box fill
 * @param groupBorder     group box outlines
 * @param accent          selection rings and focus
 * @param dependencyLine  highlighted lines to what the hovered service depends on
 * @param dependentLine   highlighted lines from what depends on the hovered service
 * @param states          a style per service state
 * @param kinds           the badge colour of each kind's icon
 */
public record Theme(String name, boolean darkBackground, Rgba background, Rgba gridDot, Rgba text, Rgba mutedText, Rgba edge,
                    Rgba groupFill, Rgba innerGroupFill, Rgba groupBorder, Rgba accent, Rgba dependencyLine,
                    Rgba dependentLine, Map<ServiceState, StateStyle> states, Map<Kind, Rgba> kinds) {

    /** Validates the theme and copies its maps; every state and kind needs an entry. */
    public Theme {
        Objects.requireNonNull(name, "name");
        states = Map.copyOf(states);
        kinds = Map.copyOf(kinds);
        for (ServiceState s : ServiceState.values()) {
            if (!states.containsKey(s)) {
                throw new IllegalArgumentException("theme " + name + " has no style for " + s);
            }
        }
        for (Kind k : Kind.values()) {
            if (!kinds.containsKey(k)) {
                throw new IllegalArgumentException("theme " + name + " has no colour for kind " + k);
            }
        }
    }

    /** The style of services in this state. */
    public StateStyle style(ServiceState state) {
        return states.get(state);
    }

    /** The badge colour of this kind's icon. */
    public Rgba kind(Kind kind) {
        return kinds.get(kind);
    }

    /** The theme called {@code light} or {@code dark}; throws IllegalArgumentException for any other name. */
    public static Theme named(String name) {
        return switch (name) {
            case "light" -> light();
            case "dark" -> dark();
            default -> throw new IllegalArgumentException("no theme '" + name + "' (light, dark)");
        };
    }

    /** Dark text on a light background: for reports, print and daylight. */
    public static Theme light() {
        Map<ServiceState, StateStyle> states = new EnumMap<>(ServiceState.class);
        states.put(ServiceState.KNOCKED_OUT, new StateStyle(Rgba.hex("#2b2d33"), Rgba.hex("#000000"), 3.2, false,
                null, true, Rgba.hex("#ffffff"), "Knocked out"));
        states.put(ServiceState.DOWN, new StateStyle(Rgba.hex("#fbe1d3"), Rgba.hex("#c94f0c"), 2, false,
                Rgba.hex("#d55e00").withAlpha(0.30), false, Rgba.hex("#4a1d04"), "Down"));
        states.put(ServiceState.DEGRADED, new StateStyle(Rgba.hex("#fff3d1"), Rgba.hex("#c98a00"), 2, true,
                null, false, Rgba.hex("#3d2c00"), "Degraded"));
        states.put(ServiceState.HEALTHY, new StateStyle(Rgba.hex("#ffffff"), Rgba.hex("#c3cad4"), 1, false,
                null, false, Rgba.hex("#1f2328"), "Healthy"));
        return new Theme("light", false, Rgba.hex("#f5f7fa"), Rgba.hex("#d6dbe3"), Rgba.hex("#1f2328"),
                Rgba.hex("#5b6572"), Rgba.hex("#8a94a3"), Rgba.hex("#e9eef5"), Rgba.hex("#f3f6fa"),
                Rgba.hex("#c2ccd9"), Rgba.hex("#0969da"), Rgba.hex("#0072b2"), Rgba.hex("#a23b92"), states,
                kindColours(false));
    }

    /** Light text on a dark background: for projectors and dark desktops. */
    public static Theme dark() {
        Map<ServiceState, StateStyle> states = new EnumMap<>(ServiceState.class);
        states.put(ServiceState.KNOCKED_OUT, new StateStyle(Rgba.hex("#050506"), Rgba.hex("#f2f3f5"), 3.2, false,
                null, true, Rgba.hex("#ffffff"), "Knocked out"));
        states.put(ServiceState.DOWN, new StateStyle(Rgba.hex("#4a2210"), Rgba.hex("#ff8a3d"), 2, false,
                Rgba.hex("#ff8a3d").withAlpha(0.28), false, Rgba.hex("#ffe6d6"), "Down"));
        states.put(ServiceState.DEGRADED, new StateStyle(Rgba.hex("#3b3214"), Rgba.hex("#f0c030"), 2, true,
                null, false, Rgba.hex("#fff3c4"), "Degraded"));
        states.put(ServiceState.HEALTHY, new StateStyle(Rgba.hex("#23272f"), Rgba.hex("#4a5261"), 1, false,
                null, false, Rgba.hex("#e6e9ef"), "Healthy"));
        return new Theme("dark", true, Rgba.hex("#16181d"), Rgba.hex("#2a2e37"), Rgba.hex("#e6e9ef"),
                Rgba.hex("#9aa3b2"), Rgba.hex("#6c7687"), Rgba.hex("#1d2027"), Rgba.hex("#21252d"),
                Rgba.hex("#3a414d"), Rgba.hex("#4493f8"), Rgba.hex("#56b4e9"), Rgba.hex("#e68acb"), states,
                kindColours(true));
    }

    private static Map<Kind, Rgba> kindColours(boolean dark) {
        Map<Kind, Rgba> k = new EnumMap<>(Kind.class);
        k.put(Kind.DNS, Rgba.hex("#2f81f7"));
        k.put(Kind.LOAD_BALANCER, Rgba.hex("#8957e5"));
        k.put(Kind.DATABASE, Rgba.hex("#1f883d"));
        k.put(Kind.STORAGE, Rgba.hex("#3f8f6e"));
        k.put(Kind.QUEUE, Rgba.hex("#d4731c"));
        k.put(Kind.COMPUTE, Rgba.hex("#cf5d13"));
        k.put(Kind.SERVICE, Rgba.hex("#0e7490"));
        k.put(Kind.APP, Rgba.hex("#bf3989"));
        k.put(Kind.NETWORK, Rgba.hex("#4866b8"));
        k.put(Kind.IDENTITY, Rgba.hex("#9a6700"));
        k.put(Kind.CONTROL_PLANE, Rgba.hex("#6e40c9"));
        k.put(Kind.EXTERNAL, Rgba.hex("#6e7781"));
        k.put(Kind.OTHER, Rgba.hex("#57606a"));
        if (dark) {
            k.replaceAll((kind, c) -> c.mix(Rgba.hex("#ffffff"), 0.12));
        }
        return k;
    }
}
