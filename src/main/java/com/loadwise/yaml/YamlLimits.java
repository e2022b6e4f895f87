package com.loadwise.yaml;

/**
 * Limits applied to every YAML file before and while it is parsed, so a hostile or broken file fails with a
 * clear message instead of exhausting memory.
 *
 * @param maxFileBytes largest file accepted
 * @param maxDepth deepest nesting of mappings and lists
 */
public record YamlLimits(long maxFileBytes, int maxDepth) {

    /** 2 MiB: the largest bundled file is under 30 KiB, so this leaves room for a clinic's big catalogue. */
    public static final YamlLimits DEFAULT = new YamlLimits(2L * 1024 * 1024, 40);

    public YamlLimits {
        if (maxFileBytes <= 0 || maxDepth <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
