package org.parley.store.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * ISO 3166-1 alpha-3 country codes to FIPS PUB 10-4 codes (GDELT's geography codes) and names,
 * from {@code fips-countries.tsv} (its header says where the codes come from).
 */
public final class FipsCountries {

    /** One country: its FIPS 10-4 code and name. */
    public record Country(String iso3, String fips, String name) {
    }

    private static final FipsCountries INSTANCE = load();

    private final Map<String, Country> byIso3;

    private FipsCountries(Map<String, Country> byIso3) {
        this.byIso3 = Collections.unmodifiableMap(byIso3);
    }

    public static FipsCountries get() {
        return INSTANCE;
    }

    /** The country of an ISO3 code, or null (blocs such as UNO, EUR, IGO and unknown codes have none). */
    public Country of(String iso3) {
        return iso3 == null ? null : byIso3.get(iso3);
    }

    /** The FIPS 10-4 code of an ISO3 code, or "" when there is none. */
    public String fips(String iso3) {
        Country c = of(iso3);
        return c == null ? "" : c.fips();
    }

    /** Every country in the table, by ISO3 code. */
    public Map<String, Country> all() {
        return byIso3;
    }

    private static FipsCountries load() {
        Map<String, Country> out = new HashMap<>();
        try (InputStream in = FipsCountries.class.getResourceAsStream("fips-countries.tsv")) {
            if (in == null) {
                throw new IllegalStateException("fips-countries.tsv is missing from the classpath");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.put(f[0], new Country(f[0], f[1], f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new FipsCountries(out);
    }
}
