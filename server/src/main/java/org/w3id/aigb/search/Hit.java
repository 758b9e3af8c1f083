package org.w3id.aigb.search;

/**
 * One ranked result of the free-text search.
 *
 * @param resource the guideline resource
 * @param score    its score (Lucene BM25 × field and class weights, see data/search/ranking.tsv)
 * @param snippet  the passage that matched, or null when only the code matched
 * @param via      the child (e.g. a practice note) whose match lifted this resource, or null
 */
public record Hit(Resource resource, double score, Snippet snippet, Resource via) {}
