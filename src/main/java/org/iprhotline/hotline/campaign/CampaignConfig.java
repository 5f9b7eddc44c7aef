package org.iprhotline.hotline.campaign;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * The named enforcement campaigns, keyed by code ({@code ipr.campaigns.<code>.*}): each with its
 * Chinese and English name, its window (dates in the service's time zone, both days included) and
 * its scope. A tip received in the window is in the campaign when it matches every part of the
 * scope that is set.
 */
@ConfigMapping(prefix = "ipr.campaigns")
public interface CampaignConfig {

    @WithParentName
    Map<String, Campaign> all();

    interface Campaign {

        String nameZh();

        String nameEn();

        LocalDate from();

        LocalDate to();

        /** Right type codes (patent, trademark, copyright, trade_secret, plant_variety); any of them. */
        Optional<Set<String>> rightTypes();

        /** Classifier flag codes (criminal, online, ...); any of them. */
        Optional<Set<String>> flags();

        /** Only tips from foreign-invested right holders (true), or only from others (false). */
        Optional<Boolean> foreignInvested();
    }
}
