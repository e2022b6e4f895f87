package com.loadwise.figure;

/** A 3 x 3 rotation, row-major. Angles are in degrees; positive turns x towards y, y towards z, z towards x. */
record Rot(double a, double b, double c, double d, double e, double f, double g, double h, double i) {

    static final Rot IDENTITY = new Rot(1, 0, 0, 0, 1, 0, 0, 0, 1);

    /** The rotation whose columns are the images of the x, y and z axes. */
    static Rot columns(Vec x, Vec y, Vec z) {
        return new Rot(x.x(), y.x(), z.x(), x.y(), y.y(), z.y(), x.z(), y.z(), z.z());
    }

    static Rot x(double degrees) {
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        return new Rot(1, 0, 0, 0, cos, -sin, 0, sin, cos);
    }

    static Rot y(double degrees) {
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        return new Rot(cos, 0, sin, 0, 1, 0, -sin, 0, cos);
    }

    static Rot z(double degrees) {
        double r = Math.toRadians(degrees);
        double cos = Math.cos(r);
        double sin = Math.sin(r);
        return new Rot(cos, -sin, 0, sin, cos, 0, 0, 0, 1);
    }

    Vec apply(Vec v) {
        return new Vec(
                a * v.x() + b * v.y() + c * v.z(),
                d * v.x() + e * v.y() + f * v.z(),
                g * v.x() + h * v.y() + i * v.z());
    }

    Rot then(Rot inner) {
        return new Rot(
                a * inner.a + b * inner.d + c * inner.g,
                a * inner.b + b * inner.e + c * inner.h,
                a * inner.c + b * inner.f + c * inner.i,
                d * inner.a + e * inner.d + f * inner.g,
                d * inner.b + e * inner.e + f * inner.h,
                d * inner.c + e * inner.f + f * inner.i,
                g * inner.a + h * inner.d + i * inner.g,
                g * inner.b + h * inner.e + i * inner.h,
                g * inner.c + h * inner.f + i * inner.i);
    }
}
