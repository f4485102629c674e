package dev.ascent.attempt;

import dev.ascent.quizzes.AuthoredChoice;
import dev.ascent.quiz.Answer;
import dev.ascent.quizzes.RenderedItem;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ids one attempt shows for one item's options and prompts. The content's own ids ("a",
 * "p1") follow the authoring habit (the key is mostly "a", prompt n pairs with option n), so they
 * never leave the service: each attempt shows opaque ids instead, a truncated HMAC-SHA256 keyed by
 * the attempt's secret seed over (item, kind, content id), so nothing new is stored and the same
 * attempt always shows the same ids. Answers are stored and graded in content ids; this class
 * translates at the service boundary, both ways, and seeds each item's shuffle. Pure.
 */
public final class ChoiceIds {
    static final String OPTION = "option";
    static final String PROMPT = "prompt";
    /** 72 bits: 12 URL-safe characters. */
    private static final int BYTES = 9;
    private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

    private final String itemId;
    private final long seed;
    private final Map<String, String> optionsOut = new HashMap<>();
    private final Map<String, String> promptsOut = new HashMap<>();
    private final Map<String, String> optionsIn = new HashMap<>();
    private final Map<String, String> promptsIn = new HashMap<>();

    private ChoiceIds(long seed, RenderedItem item) {
        this.itemId = item.itemId();
        this.seed = seed;
        Set<String> taken = new HashSet<>();
        assign(item.options(), OPTION, optionsOut, optionsIn, taken);
        assign(item.prompts(), PROMPT, promptsOut, promptsIn, taken);
    }

    /** The ids of {@code item}'s options and prompts in the attempt with this seed. */
    public static ChoiceIds of(long seed, RenderedItem item) {
        return new ChoiceIds(seed, item);
    }

    /** The id the learner sees for the option with this content id. */
    public String option(String contentId) {
        return optionsOut.computeIfAbsent(contentId, id -> derive(seed, itemId, OPTION, id, 0));
    }

    /** The id the learner sees for the prompt with this content id. */
    public String prompt(String contentId) {
        return promptsOut.computeIfAbsent(contentId, id -> derive(seed, itemId, PROMPT, id, 0));
    }

    /** A stored (or key) answer as the learner sees it. */
    public Answer shown(Answer stored) {
        if (stored == null) {
            return null;
        }
        return new Answer(stored.selected() == null ? null : stored.selected().stream().map(this::option).toList(),
                translate(stored.pairs(), this::prompt, this::option), stored.truth(), stored.number(), stored.text());
    }

    /**
     * A learner's answer in content ids. An id this item does not show becomes null, which the
     * service's shape check refuses as an invalid answer, as it does any other unknown id.
     */
    public Answer stored(Answer given) {
        if (given == null) {
            return null;
        }
        return new Answer(given.selected() == null ? null : given.selected().stream().map(this::optionOf).toList(),
                translate(given.pairs(), this::promptOf, this::optionOf), given.truth(), given.number(), given.text());
    }

    /** A review with its key and option feedback in the learner's ids. */
    AttemptViews.ItemReview shown(AttemptViews.ItemReview review) {
        AttemptViews.Feedback feedback = review.feedback() == null ? null
                : new AttemptViews.Feedback(review.feedback().explanation(), review.feedback().options() == null ? null
                : review.feedback().options().stream()
                .map(f -> new AttemptViews.OptionFeedback(option(f.id()), f.feedback()))
                .toList());
        return new AttemptViews.ItemReview(review.itemId(), review.outcome(), review.credit(), feedback,
                shown(review.correctAnswer()), review.objectiveId());
    }

    private String optionOf(String shownId) {
        return shownId == null ? null : optionsIn.get(shownId);
    }

    private String promptOf(String shownId) {
        return shownId == null ? null : promptsIn.get(shownId);
    }

    private static Map<String, String> translate(Map<String, String> pairs,
                                                 java.util.function.UnaryOperator<String> keys,
                                                 java.util.function.UnaryOperator<String> values) {
        if (pairs == null) {
            return null;
        }
        Map<String, String> out = new LinkedHashMap<>();
        pairs.forEach((key, value) -> out.put(keys.apply(key), values.apply(value)));
        return out;
    }

    private void assign(List<AuthoredChoice> choices, String kind, Map<String, String> out, Map<String, String> in,
                        Set<String> taken) {
        if (choices == null) {
            return;
        }
        for (AuthoredChoice choice : choices) {
            String id = null;
            // A collision within one item (about 2^-72) takes the next round, so ids stay unique.
            for (int round = 0; id == null || !taken.add(id); round++) {
                id = derive(seed, itemId, kind, choice.id(), round);
            }
            out.put(choice.id(), id);
            in.put(id, choice.id());
        }
    }

    /**
     * A seed for shuffling one item's options or prompts (or, with no item, for the draw). Seeding
     * {@code java.util.Random} with the attempt's seed XOR the item's hash made the shuffles of one
     * attempt's items alike (ids differing in the last character differ in low bits only), so one
     * known key's position told where the others sat, and each shuffle gave away bits of the seed
     * these ids rest on. An HMAC output per purpose is unrelated to the seed and to the others.
     */
    static long shuffleSeed(long seed, String itemId, String kind) {
        return ByteBuffer.wrap(hmac(seed, itemId, "shuffle " + kind, "", 0)).getLong();
    }

    /** HMAC-SHA256(seed; item id, kind, content id, round), first 72 bits, URL-safe Base64. */
    static String derive(long seed, String itemId, String kind, String contentId, int round) {
        return URL_SAFE.encodeToString(Arrays.copyOf(hmac(seed, itemId, kind, contentId, round), BYTES));
    }

    private static byte[] hmac(long seed, String itemId, String kind, String contentId, int round) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ByteBuffer.allocate(Long.BYTES).putLong(seed).array(), "HmacSHA256"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream data = new DataOutputStream(bytes)) {
                data.writeUTF("ascent choice id v1");
                data.writeUTF(itemId);
                data.writeUTF(kind);
                data.writeUTF(contentId);
                data.writeInt(round);
            }
            return mac.doFinal(bytes.toByteArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
