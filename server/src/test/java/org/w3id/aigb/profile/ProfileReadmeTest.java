package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.aigb.testing.TestKG;

/** The README shows the annotated example profile: the shown code is the file, so it cannot drift. */
class ProfileReadmeTest {
    @ParameterizedTest
    @ValueSource(strings = { "data/examples/profiles/annotated-example.ttl", "data/examples/profiles/annotated-example.jsonld" })
    void theReadmeShowsTheExampleFileAsItIs(String file) throws Exception {
        String readme = Files.readString(TestKG.repo("README.md"));
        Matcher m = Pattern.compile("<!-- example: " + Pattern.quote(file) + "[^>]*-->\\R```\\w+\\R(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has no example block for " + file);
        assertEquals(Files.readString(TestKG.repo(file)), m.group(1), "README.md's copy of " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = { "validate", "POST /profiles/validate", "remote-context-refused", "xml-doctype-refused", "too-large", "unsupported-media-type" })
    void theReadmeDocumentsHowToValidateAndEachError(String term) throws Exception {
        assertTrue(Files.readString(TestKG.repo("README.md")).contains(term), "README.md does not mention " + term);
    }
}
