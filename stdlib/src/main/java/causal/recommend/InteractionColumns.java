package causal.recommend;

import java.util.Optional;

/**
 * Which columns of a table hold the interactions: {@code ratings(user = user_id, item = item_id, rating = stars)}
 * or {@code clicks(user = visitor, item = page, event = count)}. With neither rating nor event, each row is one event
 * of strength 1; {@code time} is needed only to split by time.
 */
public record InteractionColumns(String user, String item, Optional<String> rating, Optional<String> event,
        Optional<String> time) {

    public InteractionColumns {
        if (user == null || item == null) {
            throw new RecommenderException("interactions need a user column and an item column");
        }
        if (rating.isPresent() && event.isPresent()) {
            throw new RecommenderException("give either rating = " + rating.get() + " or event = " + event.get()
                    + ", not both: ratings are explicit feedback, events implicit");
        }
    }

    public static InteractionColumns ratings(String user, String item, String rating) {
        return new InteractionColumns(user, item, Optional.of(rating), Optional.empty(), Optional.empty());
    }

    public static InteractionColumns events(String user, String item, String event) {
        return new InteractionColumns(user, item, Optional.empty(), Optional.of(event), Optional.empty());
    }

    public InteractionColumns withTime(String column) {
        return new InteractionColumns(user, item, rating, event, Optional.of(column));
    }

    /** Ratings (explicit feedback) when a rating column is named, else events. */
    public Interactions.Feedback feedback() {
        return rating.isPresent() ? Interactions.Feedback.RATINGS : Interactions.Feedback.EVENTS;
    }
}
