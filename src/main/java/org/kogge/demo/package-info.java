/**
 * The demo installation that {@code ./mvnw spring-boot:run} shows: the Smarte Hanse network and its cities, one
 * account per role, the "Smart Water" barcamp with proposals, votes and a published programme, and the signing
 * ceremony in Lübeck's town hall with its guests. Everything is written through the features' services, acting as the
 * people who would do it ({@link org.kogge.account.RunAs}), so the demo obeys the same rules as a user; it is loaded
 * before the first request is answered ({@link org.kogge.common.StartupData}). Nothing depends on it.
 */
package org.kogge.demo;
