package org.liaison.operations.imports;

/**
 * A file (or mapping) that cannot be imported at all, with a reason code ({@code import.file.<code>}
 * in the imports bundle) and a detail for the log and the API.
 */
public class ImportFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;

    public ImportFileException(String code, String detail) {
        super(code + ": " + detail);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
