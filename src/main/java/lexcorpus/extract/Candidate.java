package lexcorpus.extract;

import lexcorpus.model.EntityValue;

/** A find in the clean text, [start, end) in clean chars, with its resolved value. */
public record Candidate(String type, int start, int end, EntityValue value) {
    public boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    public boolean within(Candidate o) {
        return o.start <= start && end <= o.end;
    }
}
