package org.liaison.relationships.internal.paths;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.YenKShortestPath;
import org.jgrapht.graph.Pseudograph;

/**
 * The shortest chains of known links between two parties: an undirected multigraph of the links
 * (a relation or a shared engagement can be followed either way), searched with Yen's k shortest
 * simple paths. Plain Java over JGraphT; the parties are opaque keys.
 */
public final class IntroductionPaths {

    private IntroductionPaths() {}

    /**
     * Up to {@code k} chains from {@code from} to {@code to}, shortest first; none when either is
     * not linked at all, or when they are the same party.
     */
    public static List<Chain> shortest(Collection<Link> links, String from, String to, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1: " + k);
        }
        Graph<String, Link> graph = new Pseudograph<>(Link.class);
        for (var link : links) {
            if (link.from().equals(link.to())) {
                continue;
            }
            graph.addVertex(link.from());
            graph.addVertex(link.to());
            graph.addEdge(link.from(), link.to(), link);
        }
        if (from.equals(to) || !graph.containsVertex(from) || !graph.containsVertex(to)) {
            return List.of();
        }
        var chains = new ArrayList<Chain>();
        for (var path : new YenKShortestPath<>(graph).getPaths(from, to, k)) {
            var vertices = path.getVertexList();
            var edges = path.getEdgeList();
            var steps = new ArrayList<Step>();
            for (int i = 0; i < edges.size(); i++) {
                steps.add(new Step(vertices.get(i), vertices.get(i + 1), edges.get(i)));
            }
            chains.add(new Chain(steps));
        }
        return chains;
    }
}
