package org.parley.cli;

import picocli.CommandLine;

/** Version from the jar manifest, or "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {

    static String get() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"parley " + get(), "Stanford CoreNLP 4.5.10 (tokenize, ssplit, pos, lemma, depparse)"};
    }
}
