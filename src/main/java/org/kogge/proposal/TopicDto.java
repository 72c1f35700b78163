package org.kogge.proposal;

public record TopicDto(long id, String name) {
}
