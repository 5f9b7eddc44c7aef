package org.iprhotline.hotline.tip;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an agency reports about a tip it holds.
 *
 * @param eventId    the CloudEvents id: an update is applied once, however often it is delivered
 * @param agency        the agency that sent it: the one whose topic it came on, which only that
 *                      agency may write to
 * @param claimedAgency the agency the event's source names; an update naming another agency
 *                      than its sender is refused
 * @param transferTo    for {@link TipStatus#TRANSFERRED}: the agency that takes the tip over
 * @param outcome       for {@link TipStatus#CLOSED}: a {@link CaseOutcome} code
 * @param penaltyYuan   for the outcome {@code penalty_imposed}: the amount
 * @param province      when a provincial bureau sent it (on its own topic): the province's two-digit
 *                      code; it speaks only for tips from its province
 * @param actedBy       when an officer made it on the staff screens: who (kept with the update);
 *                      empty for updates from an agency's own system
 */
public record StatusUpdate(String eventId, String agency, String claimedAgency, String trackingNumber,
        TipStatus status, Optional<String> transferTo, Optional<String> note, Optional<String> outcome,
        Optional<BigDecimal> penaltyYuan, Optional<String> province, Optional<String> actedBy) {
}
