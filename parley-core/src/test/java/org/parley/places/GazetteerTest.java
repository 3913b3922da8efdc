package org.parley.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.parley.model.Location;
import org.parley.model.Span;
import org.parley.testing.Fixtures;

/** Place names to locations: capitalised names only, regions as well as cities. */
class GazetteerTest {

    private static final Span SPAN = new Span(0, 4);

    @Test
    void aCommonNounIsNoPlace() {
        Gazetteer g = Fixtures.components().gazetteer();
        // "Tank" is a town in Pakistan; "tank" in "killed by tank fire" is a weapon.
        assertEquals("PAK", g.locate("Tank", SPAN, null, "test").orElseThrow().country());
        assertTrue(g.locate("tank", SPAN, null, "test").isEmpty());
    }

    @Test
    void palestinianAndSyrianRegions() {
        Gazetteer g = Fixtures.components().gazetteer();
        assertEquals("PSE", g.locate("the West Bank", SPAN, null, "test").orElseThrow().country());
        assertEquals("PSE", g.locate("Gaza Strip", SPAN, null, "test").orElseThrow().country());
        assertEquals("SYR", g.locate("Golan Heights", SPAN, null, "test").orElseThrow().country());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Alaska                 | USA
            South Carolina         | USA
            Washington State       | USA
            Ontario                | CAN
            Queensland             | AUS
            Darfur                 | SDN
            North Darfur           | SDN
            Kashmir                | IND
            Azad Kashmir           | PAK
            Chechnya               | RUS
            Dagestan               | RUS
            Siberia                | RUS
            Crimea                 | UKR
            Donbas                 | UKR
            the Kherson region     | UKR
            Tibet                  | CHN
            Xinjiang               | CHN
            Inner Mongolia         | CHN
            Balochistan            | PAK
            Khyber Pakhtunkhwa     | PAK
            Helmand                | AFG
            Anbar                  | IRQ
            the Kurdistan Region   | IRQ
            Idlib province         | SYR
            Tigray                 | ETH
            Borno                  | NGA
            North Kivu             | COD
            Rakhine                | MMR
            Mindanao               | PHL
            Aceh                   | IDN
            Catalonia              | ESP
            Bavaria                | DEU
            Abkhazia               | GEO
            South Ossetia          | GEO
            Transnistria           | MDA
            Nagorno-Karabakh       | AZE
            Somaliland             | SOM
            Puntland               | SOM
            Jalisco                | MEX
            Minas Gerais           | BRA
            """)
    void regionsGiveTheirCountryWithoutCoordinates(String name, String iso3) {
        Gazetteer g = Fixtures.components().gazetteer();
        Location l = g.locate(name, SPAN, null, "test").orElseThrow(() -> new AssertionError(name));
        assertEquals(iso3, l.country(), name);
        assertNull(l.lat(), name + " is a region, not a point");
    }

    @Test
    void aCountryOutranksARegionOfTheSameName() {
        Gazetteer g = Fixtures.components().gazetteer();
        // The US state of Georgia is in the gazetteer; the name alone is the country, even
        // where the context names the United States.
        assertEquals("GEO", g.locate("Georgia", SPAN, null, "test").orElseThrow().country());
        assertEquals("GEO", g.locate("Georgia", SPAN, "USA", "test").orElseThrow().country());
    }

    @Test
    void aCityOutranksTheRegionNamedLikeIt() {
        Gazetteer g = Fixtures.components().gazetteer();
        // "Kandahar" is the city (with coordinates), "Kandahar province" the region.
        Location city = g.locate("Kandahar", SPAN, null, "test").orElseThrow();
        assertEquals("AFG", city.country());
        assertTrue(city.lat() != null, "Kandahar is the city");
        Location province = g.locate("Kandahar province", SPAN, null, "test").orElseThrow();
        assertNull(province.lat());
        // The capital, not the US state.
        assertEquals("Washington", g.locate("Washington", SPAN, null, "test").orElseThrow().name());
        assertTrue(g.locate("Washington", SPAN, null, "test").orElseThrow().lat() != null);
        // New York is the city; the state is "New York State".
        assertTrue(g.locate("New York", SPAN, null, "test").orElseThrow().lat() != null);
        assertNull(g.locate("New York State", SPAN, null, "test").orElseThrow().lat());
    }

    @Test
    void ambiguousRegionNamesAreLeftOut() {
        Gazetteer g = Fixtures.components().gazetteer();
        // Punjab is a province of Pakistan and a state of India: the bare name gives no place.
        assertTrue(g.locate("Punjab", SPAN, null, "test").isEmpty());
        assertEquals("PAK", g.locate("Punjab province", SPAN, null, "test").orElseThrow().country());
        // Victoria: the Australian state is left out; the name stays a city's.
        assertTrue(g.locate("Victoria", SPAN, null, "test").orElseThrow().lat() != null);
    }
}
