package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.model.Actor;
import org.parley.testing.Fixtures;

/**
 * Regions give the country of the agents they name ("Darfur rebels"), a country name beats
 * a region of the same name, and "Congress" alone is the United States Congress while the
 * Indian party keeps its names.
 */
class RegionsAndCongressTest {

    private static final LocalDate DATE = LocalDate.of(2015, 6, 9);

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Darfur rebels                | SDNREB
            Kashmir police               | INDCOP
            Tibet                        | CHNCVL
            Alaska                       | USACVL
            Georgia                      | GEO
            Georgian troops              | GEOMIL
            Congress                     | USALEG
            the Congress                 | USALEG
            the Peruvian Congress        | PERLEG
            Brazil's Congress            | BRALEG
            the US Congress              | USALEGCON
            the Congress party           | INDPTYINC
            Indian National Congress     | INDPTYINC
            the Congress (I)             | INDPTYINC
            the party congress           | ---PTY
            """)
    void resolves(String text, String code) {
        Resolution r = Fixtures.components().resolver().resolve(text, DATE);
        assertTrue(r.resolved(), text + ": " + r.steps());
        Actor a = r.actors().get(0);
        assertEquals(code, a.code(), text + ": " + r.steps());
    }
}
