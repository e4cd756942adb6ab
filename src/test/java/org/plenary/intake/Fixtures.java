package org.plenary.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Reads the scenario-named .eml files under src/test/resources/intake. */
final class Fixtures {

    private static final MailReader READER = new MailReader();

    private Fixtures() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/intake/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InboundEmail read(String name) {
        return READER.read(bytes(name));
    }
}
