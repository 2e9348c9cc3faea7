/**
 * Benchmarks and baselines: CoreNLP's own quote annotator for comparison, store query latency,
 * server load. Uses {@code store} and {@code model}.
 */
package org.dossier.bench;
