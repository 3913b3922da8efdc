package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.model.Actor;
import org.parley.testing.Fixtures;

/** People resolve by the office they held on the document's date. */
class DateAwareResolutionTest {

    @ParameterizedTest(name = "{0} on {1} is {2} {3} ({4})")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            Marco Rubio         | 2022-06-01 | USA | LEG | Senator
            Marco Rubio         | 2025-02-18 | USA | GOV | Secretary of State
            Olaf Scholz         | 2024-03-01 | DEU | GOV | Chancellor
            Olaf Scholz         | 2025-08-01 | DEU | ELI | Chancellor
            Friedrich Merz      | 2024-03-01 | DEU | OPP | Leader of the Opposition
            Friedrich Merz      | 2025-08-01 | DEU | GOV | Chancellor
            Keir Starmer        | 2023-05-01 | GBR | OPP | Leader of the Opposition
            Keir Starmer        | 2025-02-18 | GBR | GOV | Prime Minister
            Rishi Sunak         | 2023-05-01 | GBR | GOV | Prime Minister
            Donald Tusk         | 2023-01-10 | POL | OPP | Leader of the Opposition
            Donald Tusk         | 2024-01-10 | POL | GOV | Prime Minister
            Mateusz Morawiecki  | 2023-01-10 | POL | GOV | Prime Minister
            Joe Biden           | 2024-06-01 | USA | GOV | President
            Joe Biden           | 2025-06-01 | USA | ELI | President
            Donald Trump        | 2019-06-01 | USA | GOV | President
            Donald Trump        | 2025-06-01 | USA | GOV | President
            Antony Blinken      | 2023-06-01 | USA | GOV | Secretary of State
            Dmytro Kuleba       | 2023-06-01 | UKR | GOV | Foreign Minister
            Andrii Sybiha       | 2025-03-11 | UKR | GOV | Foreign Minister
            Sergei Shoigu       | 2023-06-01 | RUS | GOV | Defence Minister
            Andrei Belousov     | 2024-09-01 | RUS | GOV | Defence Minister
            Yair Lapid          | 2022-09-01 | ISR | GOV | Prime Minister
            Yair Lapid          | 2023-09-01 | ISR | OPP | Leader of the Opposition
            Benjamin Netanyahu  | 2022-01-01 | ISR | OPP | Leader of the Opposition
            Benjamin Netanyahu  | 2024-01-01 | ISR | GOV | Prime Minister
            Bashar al-Assad     | 2020-01-01 | SYR | GOV | President
            Ahmed al-Sharaa     | 2020-01-01 | SYR | REB | Hayat Tahrir al-Sham Leader
            Ahmed al-Sharaa     | 2025-06-01 | SYR | GOV | President
            Mario Draghi        | 2022-01-01 | ITA | GOV | Prime Minister
            Giorgia Meloni      | 2023-01-01 | ITA | GOV | Prime Minister
            Khurelsukh Ukhnaa   | 2019-01-01 | MNG | GOV | Prime Minister
            Khurelsukh Ukhnaa   | 2022-01-01 | MNG | GOV | President
            Andrei Kartapolov   | 2020-01-01 | RUS | GOV | Deputy Defence Minister
            Andrei Kartapolov   | 2023-01-01 | RUS | LEG | Member of the State Duma
            Scott Morrison      | 2021-01-01 | AUS | GOV | Prime Minister
            Scott Morrison      | 2023-01-01 | AUS | LEG | Member of Parliament
            Muhoozi Kainerugaba | 2022-01-01 | UGA | MIL | Commander of the Land Forces
            Muhoozi Kainerugaba | 2025-01-01 | UGA | MIL | Chief of Defence Forces
            Jam Kamal Khan      | 2020-01-01 | PAK | GOV | Chief Minister of Balochistan
            Jam Kamal Khan      | 2022-06-01 | PAK | ELI | Chief Minister of Balochistan
            Boris Yeltsin       | 1999-12-30 | RUS | GOV | President
            Vladimir Putin      | 1999-10-01 | RUS | GOV | Prime Minister
            Vladimir Putin      | 2003-01-01 | RUS | GOV | President
            Bill Clinton        | 2001-01-19 | USA | GOV | President
            Slobodan Milosevic  | 1995-06-01 | SRB | GOV | President of Serbia
            Slobodan Milosevic  | 1999-04-01 | SRB | GOV | President of Yugoslavia
            Vojislav Kostunica  | 2001-06-01 | SRB | GOV | President of Yugoslavia
            Andreas Papandreou  | 1994-06-01 | GRC | GOV | Prime Minister
            George Papandreou   | 2010-06-01 | GRC | GOV | Prime Minister
            Robin Cook          | 1999-01-01 | GBR | GOV | Foreign Secretary
            Suharto             | 1997-01-01 | IDN | GOV | President
            Laurent Gbagbo      | 2004-01-01 | CIV | GOV | President
            Levy Mwanawasa      | 2005-01-01 | ZMB | GOV | President
            Askar Akayev        | 2000-01-01 | KGZ | GOV | President
            """)
    void personOnDate(String name, String date, String country, String sector, String role) {
        ActorResolver resolver = Fixtures.components().resolver();
        Resolution r = resolver.resolve(name, LocalDate.parse(date));
        assertTrue(r.resolved(), name + " unresolved: " + r.steps());
        Actor a = r.actors().get(0);
        assertEquals(country, a.country(), r.steps().toString());
        assertEquals(sector, a.sector(), r.steps().toString());
        assertEquals(role, a.role(), r.steps().toString());
        assertEquals(country + sector, a.code());
    }

    @ParameterizedTest(name = "{0} on {1} is {2}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            George W. Bush           | 2004-03-01 | George W. Bush
            George W Bush            | 2004-03-01 | George W. Bush
            President George W. Bush | 2004-03-01 | George W. Bush
            George H. W. Bush        | 1990-03-01 | George H. W. Bush
            George Bush              | 1990-03-01 | George H. W. Bush
            George Bush              | 2004-03-01 | George W. Bush
            President Bush           | 1990-03-01 | George H. W. Bush
            President Bush           | 2004-03-01 | George W. Bush
            Senator Bush             | 2004-03-01 | null
            """)
    void middleInitialsAndTitledSurnames(String phrase, String date, String person) {
        Resolution r = Fixtures.components().resolver().resolve(phrase, LocalDate.parse(date));
        assertTrue(r.resolved(), phrase + " unresolved: " + r.steps());
        Actor a = r.actors().get(0);
        if (person == null) {
            // The title names no office that a Bush held then: a stranger with that title.
            assertEquals(null, a.entity(), r.steps().toString());
            return;
        }
        assertEquals(person, a.name(), r.steps().toString());
        assertEquals("USAGOV", a.code(), r.steps().toString());
    }

    @ParameterizedTest(name = "{0} on {1} heads {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Jens Stoltenberg | 2022-06-01 | IGOWSTNAT
            Mark Rutte       | 2025-01-15 | IGOWSTNAT
            Josep Borrell    | 2022-06-01 | IGOEUREEC
            Kaja Kallas      | 2025-02-01 | IGOEUREEC
            """)
    void organisationHeads(String name, String date, String code) {
        Resolution r = Fixtures.components().resolver().resolve(name, LocalDate.parse(date));
        assertEquals(code, r.actors().get(0).code(), r.steps().toString());
    }
}
