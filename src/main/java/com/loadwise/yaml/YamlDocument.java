package com.loadwise.yaml;

import org.yaml.snakeyaml.nodes.Node;

/**
 * A parsed YAML file: the name to show the user and its root node, whose marks carry line and column.
 *
 * @param file the file as shown in messages
 * @param root the root node (never null: an empty file is rejected while reading)
 */
public record YamlDocument(String file, Node root) {}
