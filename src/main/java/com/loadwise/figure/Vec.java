package com.loadwise.figure;

/** A point or direction in the figure's space, in metres of a 1.75 m person: x forward, y up, z to the right. */
record Vec(double x, double y, double z) {

    static final Vec ZERO = new Vec(0, 0, 0);

    Vec plus(Vec o) {
        return new Vec(x + o.x, y + o.y, z + o.z);
    }

    Vec minus(Vec o) {
        return new Vec(x - o.x, y - o.y, z - o.z);
    }

    Vec times(double k) {
        return new Vec(x * k, y * k, z * k);
    }

    double length() {
        return Math.sqrt(x * x + y * y + z * z);
    }

    static Vec mid(Vec a, Vec b) {
        return a.plus(b).times(0.5);
    }
}
