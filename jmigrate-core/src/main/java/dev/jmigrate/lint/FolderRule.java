package dev.jmigrate.lint;

/** A rule that looks at the whole migrations folder: names, numbering, pairs of up and down files, encodings. */
public interface FolderRule extends Rule {

    /**
     * Checks the folder and reports what it finds.
     *
     * @param folder   the folder's files
     * @param reporter receives the findings; the rule id and severity are filled in by the linter
     */
    void check(LintFolder folder, FolderReporter reporter);

    /** Receives the findings of a {@link FolderRule}. */
    interface FolderReporter {

        /**
         * Reports a finding in one file of the folder.
         *
         * @param fileName the name of the file in the folder
         * @param line     the 1-based line
         * @param column   the 1-based column
         * @param message  what is wrong, one sentence
         * @param fix      how to fix it, one sentence
         */
        void report(String fileName, int line, int column, String message, String fix);
    }
}
