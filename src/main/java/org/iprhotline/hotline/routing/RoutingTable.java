package org.iprhotline.hotline.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;

/**
 * The agency registry and the responsibility table: which agencies there are (with their former
 * codes and names), which a right type and each flag bring in. Loaded from YAML.
 */
public final class RoutingTable {

    /**
     * A code an agency had before a reorganisation, its names then, the day it ended, and the topic
     * its tips went to (events still waiting for it are moved to the successor's).
     */
    public record Former(String code, Agency successor, Agency.Names name, LocalDate until, Optional<String> topic) {
    }

    private final Map<String, Agency> agencies;
    private final Set<String> retired;
    private final Map<String, Former> former;
    private final Agency triage;
    private final Map<RightType, List<Agency>> byRightType;
    private final Map<Flag, List<Agency>> byFlag;
    private final List<Agency> forestry;
    private final Optional<Agency> procuratorate;
    private final BigDecimal seriousAmountYuan;

    private RoutingTable(Map<String, Agency> agencies, Set<String> retired, Map<String, Former> former, Agency triage,
            Map<RightType, List<Agency>> byRightType, Map<Flag, List<Agency>> byFlag, List<Agency> forestry,
            Optional<Agency> procuratorate, BigDecimal seriousAmountYuan) {
        this.agencies = agencies;
        this.retired = retired;
        this.former = former;
        this.triage = triage;
        this.byRightType = byRightType;
        this.byFlag = byFlag;
        this.forestry = forestry;
        this.procuratorate = procuratorate;
        this.seriousAmountYuan = seriousAmountYuan;
    }

    /** The agencies responsible for a right type with its flags, lead agency first, without repeats. */
    public List<Agency> responsibleFor(RightType rightType, Set<Flag> flags) {
        return responsibleFor(rightType, flags, false, Optional.empty());
    }

    /**
     * As {@link #responsibleFor(RightType, Set)}; {@code forestrySpecies} sends a plant-variety tip
     * to the forestry agencies instead of the agricultural ones, and a criminal tip naming
     * {@code largestAmountYuan} at or above the registry's serious scale goes to the procuratorate too.
     */
    public List<Agency> responsibleFor(RightType rightType, Set<Flag> flags, boolean forestrySpecies,
            Optional<BigDecimal> largestAmountYuan) {
        if (rightType == RightType.NONE) {
            return List.of(triage);
        }
        Set<Agency> destinations = new LinkedHashSet<>(leadFor(rightType, forestrySpecies));
        for (Flag flag : Flag.values()) {
            if (flags.contains(flag)) {
                destinations.addAll(byFlag.get(flag));
            }
        }
        boolean serious = largestAmountYuan.filter(yuan -> yuan.compareTo(seriousAmountYuan) >= 0).isPresent();
        if (flags.contains(Flag.CRIMINAL) && serious) {
            procuratorate.ifPresent(destinations::add);
        }
        return List.copyOf(destinations);
    }

    /**
     * The one right type this agency leads on, if it leads on exactly one (CNIPA: patents); a
     * transfer to it says what the tip is. Forestry agencies lead on plant varieties.
     */
    public Optional<RightType> onlyRightLedBy(Agency agency) {
        Set<RightType> led = new HashSet<>();
        byRightType.forEach((type, leads) -> {
            if (leads.contains(agency)) {
                led.add(type);
            }
        });
        if (forestry.contains(agency)) {
            led.add(RightType.PLANT_VARIETY);
        }
        return led.size() == 1 ? led.stream().findFirst() : Optional.empty();
    }

    /** The agencies that lead on a right type. */
    public List<Agency> leadFor(RightType rightType, boolean forestrySpecies) {
        if (rightType == RightType.NONE) {
            return List.of(triage);
        }
        boolean toForestry = forestrySpecies && rightType == RightType.PLANT_VARIETY && !forestry.isEmpty();
        return toForestry ? forestry : byRightType.get(rightType);
    }

    /**
     * Whether the copy of a tip of this right type addressed to {@code agency} carries the
     * reporter's contact details: the lead agencies and the triage desk get them, an agency a flag
     * added only when the registry says so.
     */
    public boolean getsContact(Agency agency, RightType rightType) {
        return agency.contactWhenAdded() || agency.equals(triage) || byRightType.getOrDefault(rightType, List.of())
                .contains(agency) || rightType == RightType.PLANT_VARIETY && forestry.contains(agency);
    }

    public Agency triage() {
        return triage;
    }

    /** The destination with this code, triage and retired agencies included; not a former code. */
    public Optional<Agency> agency(String code) {
        return code.equals(triage.code()) ? Optional.of(triage) : Optional.ofNullable(agencies.get(code));
    }

    /** The agency with this code (a former code's successor) when it still takes tips: not retired. */
    public Optional<Agency> accepting(String code) {
        return current(code).filter(agency -> !retired.contains(agency.code()));
    }

    /** As {@link #agency(String)}, a former code answering with its successor. */
    public Optional<Agency> current(String code) {
        Former was = former.get(code);
        return was != null ? Optional.of(was.successor()) : agency(code);
    }

    /** The code an agency has today: a former code's successor's, any other code as it is. */
    public String currentCode(String code) {
        Former was = former.get(code);
        return was != null ? was.successor().code() : code;
    }

    /** The names a code stands for: an agency's, or a former code's names of its time; none for an unknown code. */
    public Optional<Agency.Names> name(String code) {
        Former was = former.get(code);
        return was != null ? Optional.of(was.name()) : agency(code).map(Agency::name);
    }

    /** The agencies that take tips today: not retired, not the triage desk. */
    public List<Agency> agencies() {
        return agencies.values().stream().filter(agency -> !retired.contains(agency.code())).toList();
    }

    /** An agency's name in Chinese or English, a former code's name of its time; an unknown code shows itself. */
    public String nameOf(String code, boolean chinese) {
        return name(code).map(names -> names.in(chinese)).orElse(code);
    }

    /** Every destination, triage and retired agencies included. */
    public List<Agency> destinations() {
        List<Agency> all = new ArrayList<>(agencies.values());
        all.add(triage);
        return List.copyOf(all);
    }

    /** The codes agencies had before a reorganisation. */
    public Collection<Former> formerCodes() {
        return former.values();
    }

    // The file's shape; kept private so the YAML layout does not leak into the rest of the code.
    private record NamesEntry(String zh, String en) {
    }

    private record FormerEntry(String code, String zh, String en, LocalDate until, String topic) {
    }

    private record AgencyEntry(NamesEntry name, String topic, boolean regional, boolean contactWhenAdded,
            List<FormerEntry> formerly, LocalDate retired) {
    }

    private record TriageEntry(String code, NamesEntry name, String topic) {
    }

    private record ProcuratorateEntry(String agency, BigDecimal seriousAmountYuan) {
    }

    private record TableFile(Map<String, AgencyEntry> agencies, TriageEntry triage,
            Map<String, List<String>> rightTypes, List<String> plantVarietyForestry, Map<String, List<String>> flags,
            ProcuratorateEntry procuratorate) {
    }

    /** Reads and checks a table; a table with a gap or an unknown name is refused with the reason. */
    public static RoutingTable load(InputStream yaml, String source) {
        TableFile file;
        try {
            file = new ObjectMapper(new YAMLFactory())
                    .registerModule(new JavaTimeModule())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(yaml, TableFile.class);
        } catch (IOException e) {
            throw new InvalidRoutingTableException(source + ": " + e.getMessage());
        }
        if (file == null || file.agencies() == null || file.triage() == null || file.rightTypes() == null) {
            throw new InvalidRoutingTableException(source + ": needs 'agencies', 'triage' and 'rightTypes'");
        }
        Map<String, Agency> agencies = new LinkedHashMap<>();
        Set<String> retired = new HashSet<>();
        Map<String, Former> former = new LinkedHashMap<>();
        TriageEntry triageEntry = file.triage();
        Agency triage = agency(source, triageEntry.code(), triageEntry.name(), triageEntry.topic(), false, true);
        file.agencies().forEach((code, entry) -> {
            if (entry == null) {
                throw new InvalidRoutingTableException(source + ": agency '" + code + "' has no entry");
            }
            Agency agency = agency(source, code, entry.name(), entry.topic(), entry.regional(),
                    entry.contactWhenAdded());
            agencies.put(code, agency);
            if (entry.retired() != null) {
                retired.add(code);
            }
            for (FormerEntry was : entry.formerly() == null ? List.<FormerEntry>of() : entry.formerly()) {
                if (was.code() == null || was.until() == null) {
                    throw new InvalidRoutingTableException(source + ": a former code of '" + code
                            + "' needs a code and the day it ended ('until')");
                }
                Former previous = former.put(was.code(), new Former(was.code(), agency,
                        names(was.code(), new NamesEntry(was.zh(), was.en())), was.until(),
                        Optional.ofNullable(was.topic())));
                if (previous != null) {
                    throw new InvalidRoutingTableException(source + ": former code '" + was.code()
                            + "' is given to two agencies");
                }
            }
        });
        for (String code : former.keySet()) {
            if (agencies.containsKey(code) || code.equals(triage.code())) {
                throw new InvalidRoutingTableException(source + ": '" + code
                        + "' is both a former code and a current one");
            }
        }
        if (agencies.containsKey(triage.code())) {
            throw new InvalidRoutingTableException(source + ": '" + triage.code()
                    + "' is both the triage desk and an agency");
        }

        Map<RightType, List<Agency>> byRightType = new EnumMap<>(RightType.class);
        file.rightTypes().forEach((code, names) -> {
            RightType type = RightType.fromCode(code)
                    .filter(known -> known != RightType.NONE)
                    .orElseThrow(() -> new InvalidRoutingTableException(source + ": unknown right type '" + code + "'"));
            byRightType.put(type, resolve(source, agencies, retired, names, "right type " + code));
        });
        for (RightType type : RightType.values()) {
            if (type != RightType.NONE && byRightType.getOrDefault(type, List.of()).isEmpty()) {
                throw new InvalidRoutingTableException(source + ": no agency for right type '" + type.code() + "'");
            }
        }
        Map<Flag, List<Agency>> byFlag = new EnumMap<>(Flag.class);
        for (Flag flag : Flag.values()) {
            byFlag.put(flag, List.of());
        }
        if (file.flags() != null) {
            file.flags().forEach((code, names) -> {
                Flag flag = Flag.fromCode(code)
                        .orElseThrow(() -> new InvalidRoutingTableException(source + ": unknown flag '" + code + "'"));
                byFlag.put(flag, resolve(source, agencies, retired, names, "flag " + code));
            });
        }
        List<Agency> forestry = resolve(source, agencies, retired, file.plantVarietyForestry(), "plantVarietyForestry");
        Optional<Agency> procuratorate = Optional.empty();
        BigDecimal serious = BigDecimal.ZERO;
        if (file.procuratorate() != null) {
            ProcuratorateEntry entry = file.procuratorate();
            if (entry.seriousAmountYuan() == null || entry.seriousAmountYuan().signum() <= 0) {
                throw new InvalidRoutingTableException(source + ": procuratorate needs a seriousAmountYuan above 0");
            }
            procuratorate = Optional.of(resolve(source, agencies, retired, List.of(String.valueOf(entry.agency())),
                    "procuratorate").get(0));
            serious = entry.seriousAmountYuan();
        }
        return new RoutingTable(Collections.unmodifiableMap(agencies), Set.copyOf(retired),
                Collections.unmodifiableMap(former), triage, byRightType, byFlag, forestry, procuratorate, serious);
    }

    public static RoutingTable loadDefault() {
        try (InputStream in = RoutingTable.class.getResourceAsStream("/routing.yaml")) {
            if (in == null) {
                throw new InvalidRoutingTableException("routing.yaml is missing from the jar");
            }
            return load(in, "classpath:routing.yaml");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Agency agency(String source, String code, NamesEntry name, String topic, boolean regional,
            boolean contactWhenAdded) {
        if (code == null || code.isBlank() || topic == null || topic.isBlank()) {
            throw new InvalidRoutingTableException(source + ": agency '" + code + "' needs a code and a topic");
        }
        return new Agency(code, names(code, name), topic, regional, contactWhenAdded);
    }

    private static Agency.Names names(String code, NamesEntry name) {
        if (name == null || name.zh() == null || name.en() == null) {
            throw new InvalidRoutingTableException("agency '" + code + "' needs a name in Chinese and in English "
                    + "({ zh: …, en: … })");
        }
        return new Agency.Names(name.zh(), name.en());
    }

    private static List<Agency> resolve(String source, Map<String, Agency> agencies, Set<String> retired,
            List<String> codes, String where) {
        List<Agency> resolved = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Agency agency = agencies.get(code);
            if (agency == null) {
                throw new InvalidRoutingTableException(source + ": " + where + " names unknown agency '" + code + "'");
            }
            if (retired.contains(code)) {
                throw new InvalidRoutingTableException(source + ": " + where + " names retired agency '" + code + "'");
            }
            resolved.add(agency);
        }
        return List.copyOf(resolved);
    }
}
