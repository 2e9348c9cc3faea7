package org.dossier.cli;

import java.io.PrintWriter;

/** Spark is not bundled with every command: it is on the class path of `./dossier spark` and `import`, or of spark-submit. */
final class SparkCheck {
    private SparkCheck() {}

    static boolean available(PrintWriter err, String command) {
        try {
            Class.forName("org.apache.spark.sql.SparkSession", false, SparkCheck.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            err.println("dossier " + command + ": Apache Spark is not on the class path; run it through ./dossier (which adds "
                    + "target/spark-lib) or spark-submit");
            return false;
        }
    }
}
