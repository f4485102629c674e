package dev.ascent.bench;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The server stores answers in the content's option ids and shows each attempt its own opaque
 * ids (dev.ascent.attempt.ChoiceIds, derived from the attempt's seed); the bench saw and sent the
 * shown ones. This puts a stored answer into shown ids so the check can compare. It repeats the
 * server's derivation (its collision rounds, about 2^-72 per item, are left out): keep them in step.
 */
final class ShownIds {
    private ShownIds() {
    }

    @SuppressWarnings("unchecked")
    static Object shown(Object storedAnswer, long seed, String itemId) {
        if (!(storedAnswer instanceof Map<?, ?> answer)) {
            return storedAnswer;
        }
        Map<String, Object> out = new LinkedHashMap<>((Map<String, Object>) answer);
        if (answer.get("selected") instanceof List<?> selected) {
            out.put("selected", selected.stream().map(id -> derive(seed, itemId, "option", (String) id)).toList());
        }
        if (answer.get("pairs") instanceof Map<?, ?> pairs) {
            Map<String, Object> shown = new LinkedHashMap<>();
            pairs.forEach((prompt, option) -> shown.put(derive(seed, itemId, "prompt", (String) prompt),
                    derive(seed, itemId, "option", (String) option)));
            out.put("pairs", shown);
        }
        return out;
    }

    static String derive(long seed, String itemId, String kind, String contentId) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(ByteBuffer.allocate(Long.BYTES).putLong(seed).array(), "HmacSHA256"));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (DataOutputStream data = new DataOutputStream(bytes)) {
                data.writeUTF("ascent choice id v1");
                data.writeUTF(itemId);
                data.writeUTF(kind);
                data.writeUTF(contentId);
                data.writeInt(0);
            }
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac.doFinal(bytes.toByteArray()), 9));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
