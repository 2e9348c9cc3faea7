/**
 * The corpus job on Apache Spark, for corpora that outgrow one machine: the same analysis per
 * article, entities linked across the corpus, Parquet tables that {@code import} loads into a
 * store. Uses the facade, {@code ingest} and {@code store}.
 */
package org.dossier.spark;
