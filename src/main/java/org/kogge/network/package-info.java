/**
 * The city network that runs Kogge and its member cities ({@link org.kogge.network.NetworkService}): read by everyone
 * (events name their host city, people theirs), changed by admins. It depends on {@code common} only.
 */
package org.kogge.network;
