package org.barta.newsletter;

/** A chunk of an import met an address that was added meanwhile; its transaction rolls back and it is retried. */
class ImportChunkConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    ImportChunkConflict(Throwable cause) {
        super(cause);
    }
}
