package org.parley.stances;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.parley.model.Analysis;
import org.parley.model.Failure;
import org.parley.testing.Fixtures;

/**
 * An issue key names a topic: a stance whose proposition's head names none ("welcomed the
 * outcome") is dropped and counted in one note of the document; a stance on a real issue
 * ("welcomed the ceasefire") stands. On sentences written for these tests
 * ({@code fixtures/trust-cases.conllu}) and on keys alone.
 */
class TopiclessIssuesTest {

    private static final IssueNormalizer ISSUES = new IssueNormalizer(Fixtures.components().mentionFinder().resolver(),
            org.parley.data.WordLists.load());

    @Test
    void vocabularyKeysAndWordsAreTopics() {
        for (String key : List.of("ceasefire", "deploy-troops/UKR", "topic:referendum", "topic:statehood/PSE",
                "topic:fazl-ur-rehman", "topic:ukraine's")) {
            assertTrue(ISSUES.hasTopic(key), key);
        }
    }

    @Test
    void symbolsLightVerbsAndEmptyNounsAreNoTopics() {
        for (String key : List.of("topic:**", "topic:form", "topic:take", "topic:take/UKR", "topic:outcome",
                "topic:some", "topic:2025", "topic:-")) {
            assertFalse(ISSUES.hasTopic(key), key);
        }
    }

    @Test
    void aStanceWithoutATopicIsDroppedAndNoted() {
        Analysis a = Fixtures.pipeline().analyze(Fixtures.conllu("fixtures/trust-cases.conllu", LocalDate.of(2025, 3, 11)));
        // Ukraine welcomed the outcome. / Ukraine welcomed the ceasefire.
        assertTrue(a.stances().stream().noneMatch(s -> s.issue().key().startsWith("topic:outcome")), a.stances().toString());
        assertTrue(a.stances().stream().anyMatch(s -> s.holder().actor().code().equals("UKR")
                && s.issue().key().equals("ceasefire")), a.stances().toString());
        List<Failure> notes = a.failures().stream().filter(Failure::note).toList();
        assertEquals(List.of(Failure.note("stances", -1, "1 stance dropped: the issue names no topic (topic:outcome)")),
                notes);
        assertEquals(notes, a.failures(), "a note is the only entry");
    }
}
