package org.iprhotline.hotline.classify;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * The trained models: one for the right type, one yes/no model per flag. Apache OpenNLP's
 * maximum-entropy (logistic regression) trainer learns them from the corpus; this class only
 * feeds it features and stores what it learnt.
 */
public record ClassifierModels(AbstractModel rightTypes, Map<Flag, AbstractModel> flags, Properties metadata) {

    static final String YES = "yes";
    static final String NO = "no";
    /** Where the shipped models live on the classpath, and in the source tree. */
    public static final String RESOURCE_DIRECTORY = "classify/model";
    public static final String VERSION = "14";
    /** The metadata key of the right-type model's temperature, fitted by the Train command (see {@link #temperature()}). */
    public static final String TEMPERATURE = "calibration.temperature";

    static final double FLAG_L2_COST = 0.5;

    /** The training settings chosen by the evaluation (see README, "Classifier"). */
    public static TrainingParameters defaultParameters() {
        return parameters("MAXENT_QN", 300, 1);
    }

    public static TrainingParameters parameters(String algorithm, int iterations, int cutoff) {
        TrainingParameters parameters = new TrainingParameters();
        parameters.put(TrainingParameters.ALGORITHM_PARAM, algorithm);
        parameters.put(TrainingParameters.ITERATIONS_PARAM, iterations);
        parameters.put(TrainingParameters.CUTOFF_PARAM, cutoff);
        parameters.put("PrintMessages", false);
        if ("MAXENT_QN".equals(algorithm)) {
            // A stronger penalty than the 0.1 first chosen: it generalises better to wording the corpus
            // lacks (README, "Classifier").
            parameters.put("L2Cost", 2.0);
        }
        return parameters;
    }

    /**
     * The flag models' settings: the right type's, with a weaker penalty, so that a flag's own
     * cue words (a port, 出口, a factory) can outweigh the many other features of a long tip. At the
     * right type's 2.0, tips that said "已出口至墨西哥" in a long complaint stayed below the flag's
     * 0.5; 0.5 was chosen on the hand-written batches already read (README, "Classifier").
     */
    static TrainingParameters forFlags(TrainingParameters parameters) {
        if (!"MAXENT_QN".equals(parameters.algorithm())) {
            return parameters;
        }
        TrainingParameters forFlags = parameters(parameters.algorithm(),
                parameters.getIntParameter(TrainingParameters.ITERATIONS_PARAM, 300),
                parameters.getIntParameter(TrainingParameters.CUTOFF_PARAM, 1));
        forFlags.put("L2Cost", FLAG_L2_COST);
        return forFlags;
    }

    public static ClassifierModels train(List<LabelledExample> examples, TrainingParameters parameters) {
        List<Event> rightTypeEvents = new ArrayList<>();
        Map<Flag, List<Event>> flagEvents = new EnumMap<>(Flag.class);
        for (Flag flag : Flag.values()) {
            flagEvents.put(flag, new ArrayList<>());
        }
        for (LabelledExample example : examples) {
            String[] features = Features.of(example.text());
            rightTypeEvents.add(new Event(example.rightType().code(), features));
            for (Flag flag : Flag.values()) {
                flagEvents.get(flag).add(new Event(example.flags().contains(flag) ? YES : NO, features));
            }
        }
        Map<Flag, AbstractModel> flagModels = new EnumMap<>(Flag.class);
        TrainingParameters forFlags = forFlags(parameters);
        flagEvents.forEach((flag, events) -> flagModels.put(flag, trainOne(events, forFlags)));
        Properties metadata = new Properties();
        metadata.setProperty("version", VERSION);
        metadata.setProperty("examples", String.valueOf(examples.size()));
        parameters.getObjectSettings().forEach((key, value) -> metadata.setProperty("training." + key, String.valueOf(value)));
        forFlags.getObjectSettings().forEach((key, value) ->
                metadata.setProperty("training.flags." + key, String.valueOf(value)));
        return new ClassifierModels(trainOne(rightTypeEvents, parameters), flagModels, metadata);
    }

    private static AbstractModel trainOne(List<Event> events, TrainingParameters parameters) {
        try {
            EventTrainer trainer = TrainerFactory.getEventTrainer(parameters, null);
            return (AbstractModel) trainer.train(ObjectStreamUtils.createObjectStream(events));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What the right-type model's scores are divided by before the softmax so that its confidence
     * matches how often it is right on tips it was not trained on; 1 (as trained) for models
     * written before calibration.
     */
    public double temperature() {
        return Double.parseDouble(metadata.getProperty(TEMPERATURE, "1"));
    }

    /** Writes the models and their metadata into {@code directory}. */
    public void writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        write(rightTypes, directory.resolve("right-type.bin"));
        for (Map.Entry<Flag, AbstractModel> flag : flags.entrySet()) {
            write(flag.getValue(), directory.resolve("flag-" + flag.getKey().code() + ".bin"));
        }
        // Sorted and without the date Properties.store would add, so that the same corpus gives the same file.
        List<String> lines = new ArrayList<>();
        lines.add("# ipr-hotline classifier; written by the Train command, do not edit");
        metadata.stringPropertyNames().stream().sorted()
                .forEach(key -> lines.add(key + "=" + metadata.getProperty(key)));
        Files.write(directory.resolve("model.properties"), lines);
    }

    /** Loads the models shipped in the jar. */
    public static ClassifierModels loadShipped() {
        try {
            AbstractModel rightTypes = read(RESOURCE_DIRECTORY + "/right-type.bin");
            Map<Flag, AbstractModel> flags = new EnumMap<>(Flag.class);
            for (Flag flag : Flag.values()) {
                flags.put(flag, read(RESOURCE_DIRECTORY + "/flag-" + flag.code() + ".bin"));
            }
            Properties metadata = new Properties();
            try (InputStream in = resource(RESOURCE_DIRECTORY + "/model.properties")) {
                metadata.load(in);
            }
            return new ClassifierModels(rightTypes, flags, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("the classifier model in the jar cannot be read", e);
        }
    }

    private static void write(AbstractModel model, Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            new GenericModelWriter(model, out).persist();
        }
    }

    private static AbstractModel read(String name) throws IOException {
        try (InputStream in = new BufferedInputStream(resource(name))) {
            return new GenericModelReader(new BinaryFileDataReader(new DataInputStream(in))).getModel();
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = ClassifierModels.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is missing; run the Train command (see README)");
        }
        return in;
    }
}
