package org.iprhotline.hotline.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.iprhotline.hotline.classify.Flag;
import org.iprhotline.hotline.classify.RightType;

/** The responsibility table: which agencies a right type and each flag bring in. Loaded from YAML. */
public final class RoutingTable {

    private final Map<String, Agency> agencies;
    private final Agency triage;
    private final Map<RightType, List<Agency>> byRightType;
    private final Map<Flag, List<Agency>> byFlag;
    private final List<Agency> forestry;

    private RoutingTable(Map<String, Agency> agencies, Agency triage, Map<RightType, List<Agency>> byRightType,
            Map<Flag, List<Agency>> byFlag, List<Agency> forestry) {
        this.agencies = agencies;
        this.triage = triage;
        this.byRightType = byRightType;
        this.byFlag = byFlag;
        this.forestry = forestry;
    }

    /** The agencies responsible for a right type with its flags, lead agency first, without repeats. */
    public List<Agency> responsibleFor(RightType rightType, Set<Flag> flags) {
        return responsibleFor(rightType, flags, false);
    }

    /**
     * As {@link #responsibleFor(RightType, Set)}; {@code forestrySpecies} sends a plant-variety tip
     * to the forestry agencies instead of the agricultural ones.
     */
    public List<Agency> responsibleFor(RightType rightType, Set<Flag> flags, boolean forestrySpecies) {
        if (rightType == RightType.NONE) {
            return List.of(triage);
        }
        boolean toForestry = forestrySpecies && rightType == RightType.PLANT_VARIETY && !forestry.isEmpty();
        Set<Agency> destinations = new LinkedHashSet<>(toForestry ? forestry : byRightType.get(rightType));
        for (Flag flag : Flag.values()) {
            if (flags.contains(flag)) {
                destinations.addAll(byFlag.get(flag));
            }
        }
        return List.copyOf(destinations);
    }

    public Agency triage() {
        return triage;
    }

    /** The destination with this code, triage included. */
    public Optional<Agency> agency(String code) {
        return code.equals(triage.code()) ? Optional.of(triage) : Optional.ofNullable(agencies.get(code));
    }

    /** Every destination, triage included. */
    public List<Agency> destinations() {
        List<Agency> all = new ArrayList<>(agencies.values());
        all.add(triage);
        return List.copyOf(all);
    }

    // The file's shape; kept private so the YAML layout does not leak into the rest of the code.
    private record AgencyEntry(String name, String topic) {
    }

    private record TriageEntry(String code, String name, String topic) {
    }

    private record TableFile(Map<String, AgencyEntry> agencies, TriageEntry triage,
            Map<String, List<String>> rightTypes, List<String> plantVarietyForestry, Map<String, List<String>> flags) {
    }

    /** Reads and checks a table; a table with a gap or an unknown name is refused with the reason. */
    public static RoutingTable load(InputStream yaml, String source) {
        TableFile file;
        try {
            file = new ObjectMapper(new YAMLFactory())
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(yaml, TableFile.class);
        } catch (IOException e) {
            throw new InvalidRoutingTableException(source + ": " + e.getMessage());
        }
        if (file == null || file.agencies() == null || file.triage() == null || file.rightTypes() == null) {
            throw new InvalidRoutingTableException(source + ": needs 'agencies', 'triage' and 'rightTypes'");
        }
        Map<String, Agency> agencies = new LinkedHashMap<>();
        file.agencies().forEach((code, entry) -> agencies.put(code, agency(source, code, entry.name(), entry.topic())));
        TriageEntry triageEntry = file.triage();
        Agency triage = agency(source, triageEntry.code(), triageEntry.name(), triageEntry.topic());

        Map<RightType, List<Agency>> byRightType = new EnumMap<>(RightType.class);
        file.rightTypes().forEach((code, names) -> {
            RightType type = RightType.fromCode(code)
                    .filter(known -> known != RightType.NONE)
                    .orElseThrow(() -> new InvalidRoutingTableException(source + ": unknown right type '" + code + "'"));
            byRightType.put(type, resolve(source, agencies, names, "right type " + code));
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
                byFlag.put(flag, resolve(source, agencies, names, "flag " + code));
            });
        }
        List<Agency> forestry = resolve(source, agencies, file.plantVarietyForestry(), "plantVarietyForestry");
        return new RoutingTable(Map.copyOf(agencies), triage, byRightType, byFlag, forestry);
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

    private static Agency agency(String source, String code, String name, String topic) {
        if (code == null || code.isBlank() || topic == null || topic.isBlank()) {
            throw new InvalidRoutingTableException(source + ": agency '" + code + "' needs a code and a topic");
        }
        return new Agency(code, name == null ? code : name, topic);
    }

    private static List<Agency> resolve(String source, Map<String, Agency> agencies, List<String> codes, String where) {
        List<Agency> resolved = new ArrayList<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            Agency agency = agencies.get(code);
            if (agency == null) {
                throw new InvalidRoutingTableException(source + ": " + where + " names unknown agency '" + code + "'");
            }
            resolved.add(agency);
        }
        return List.copyOf(resolved);
    }
}
