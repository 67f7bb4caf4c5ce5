package dev.blastmap.io.backstage;

import org.yaml.snakeyaml.nodes.MappingNode;

/**
 * One entity of a catalog as read.
 *
 * @param ref  its reference, from its kind, namespace and name
 * @param node its YAML mapping, for the fields read later
 * @param line the line its document starts on
 */
record Entity(EntityRef ref, MappingNode node, int line) {
}
