package dev.blastmap.render;

import dev.blastmap.model.Kind;

/**
 * The small pictures that tell kinds apart: a globe for DNS, a fork for a load balancer, a cylinder for a
 * database, a bucket for storage, stacked messages for a queue, a chip for compute, a hexagon for a service,
 * a window for an app, linked dots for a network, a person for identity, sliders for a control plane, a cloud
 * for an external service. Drawn in a unit square scaled to the icon size, with the current fill and stroke.
 */
final class KindIcon {

    private KindIcon() {
    }

    /**
     * Draws the icon of this kind in the square at (x, y) with side {@code size}, in {@code ink}.
     */
    static void draw(Surface s, Kind kind, double x, double y, double size, Rgba ink) {
        s.save();
        s.translate(x, y);
        s.scale(size / 24.0);
        s.setFill(ink);
        s.setStroke(ink, 1.8);
        switch (kind) {
            case DNS -> globe(s);
            case LOAD_BALANCER -> fork(s);
            case DATABASE -> cylinder(s);
            case STORAGE -> bucket(s);
            case QUEUE -> messages(s);
            case COMPUTE -> chip(s);
            case SERVICE -> hexagon(s);
            case APP -> window(s);
            case NETWORK -> linkedDots(s);
            case IDENTITY -> person(s);
            case CONTROL_PLANE -> sliders(s);
            case EXTERNAL -> cloud(s);
            case OTHER -> ring(s);
        }
        s.restore();
    }

    private static void globe(Surface s) {
        s.strokeOval(4, 4, 16, 16);
        s.strokeOval(8.5, 4, 7, 16);
        s.beginPath();
        s.moveTo(4.5, 12);
        s.lineTo(19.5, 12);
        s.strokePath();
    }

    private static void fork(Surface s) {
        s.fillOval(9.5, 3, 5, 5);
        s.beginPath();
        s.moveTo(12, 7);
        s.lineTo(12, 11);
        s.moveTo(12, 11);
        s.lineTo(5, 17);
        s.moveTo(12, 11);
        s.lineTo(12, 17);
        s.moveTo(12, 11);
        s.lineTo(19, 17);
        s.strokePath();
        s.fillOval(3, 16, 4.5, 4.5);
        s.fillOval(9.75, 16, 4.5, 4.5);
        s.fillOval(16.5, 16, 4.5, 4.5);
    }

    private static void cylinder(Surface s) {
        s.strokeOval(5, 3.5, 14, 5);
        s.beginPath();
        s.moveTo(5, 6);
        s.lineTo(5, 18);
        s.curveTo(5, 21.3, 19, 21.3, 19, 18);
        s.lineTo(19, 6);
        s.moveTo(5, 12);
        s.curveTo(5, 15.3, 19, 15.3, 19, 12);
        s.strokePath();
    }

    private static void bucket(Surface s) {
        s.strokeOval(4, 4, 16, 5);
        s.beginPath();
        s.moveTo(4, 6.5);
        s.lineTo(6.5, 19);
        s.curveTo(7.5, 21.5, 16.5, 21.5, 17.5, 19);
        s.lineTo(20, 6.5);
        s.strokePath();
    }

    private static void messages(Surface s) {
        s.fillRoundRect(3, 5, 5, 14, 1.5);
        s.fillRoundRect(9.5, 5, 5, 14, 1.5);
        s.strokeRoundRect(16.5, 5.5, 4.5, 13, 1.5);
    }

    private static void chip(Surface s) {
        s.strokeRoundRect(6, 6, 12, 12, 2);
        s.fillRect(9.5, 9.5, 5, 5);
        s.beginPath();
        for (double p : new double[] {9, 12, 15}) {
            s.moveTo(p, 2.5);
            s.lineTo(p, 6);
            s.moveTo(p, 18);
            s.lineTo(p, 21.5);
            s.moveTo(2.5, p);
            s.lineTo(6, p);
            s.moveTo(18, p);
            s.lineTo(21.5, p);
        }
        s.strokePath();
    }

    private static void hexagon(Surface s) {
        s.beginPath();
        for (int i = 0; i < 6; i++) {
            double a = Math.PI / 6 + i * Math.PI / 3;
            double px = 12 + 8.5 * Math.cos(a);
            double py = 12 + 8.5 * Math.sin(a);
            if (i == 0) {
                s.moveTo(px, py);
            } else {
                s.lineTo(px, py);
            }
        }
        s.closePath();
        s.strokePath();
        s.fillOval(9, 9, 6, 6);
    }

    private static void window(Surface s) {
        s.strokeRoundRect(3.5, 5, 17, 14, 2.5);
        s.fillRect(3.5, 5, 17, 4);
        s.fillRoundRect(3.5, 5, 17, 4, 2);
    }

    private static void linkedDots(Surface s) {
        s.beginPath();
        s.moveTo(12, 5.5);
        s.lineTo(5.5, 17.5);
        s.lineTo(18.5, 17.5);
        s.closePath();
        s.strokePath();
        s.fillOval(9, 2.5, 6, 6);
        s.fillOval(2.5, 14.5, 6, 6);
        s.fillOval(15.5, 14.5, 6, 6);
    }

    private static void person(Surface s) {
        s.fillOval(8.5, 3.5, 7, 7);
        s.beginPath();
        s.moveTo(4.5, 20.5);
        s.curveTo(4.5, 12.5, 19.5, 12.5, 19.5, 20.5);
        s.closePath();
        s.fillPath();
    }

    private static void sliders(Surface s) {
        s.beginPath();
        for (double py : new double[] {6, 12, 18}) {
            s.moveTo(4, py);
            s.lineTo(20, py);
        }
        s.strokePath();
        s.fillOval(13, 3.5, 5, 5);
        s.fillOval(6, 9.5, 5, 5);
        s.fillOval(11, 15.5, 5, 5);
    }

    private static void cloud(Surface s) {
        s.fillOval(3, 10, 9, 9);
        s.fillOval(7.5, 5, 10, 10);
        s.fillOval(13, 9, 8, 8);
        s.fillRoundRect(6, 13, 12, 6, 2);
    }

    private static void ring(Surface s) {
        s.strokeOval(5, 5, 14, 14);
        s.fillOval(9.5, 9.5, 5, 5);
    }
}
