#!/usr/bin/env bash
# The trial of a second opinion for tips the classifier is unsure of (README, Classifier): BGE small
# zh v1.5 (quantized, in-process ONNX through langchain4j 0.36.2) embeds the training corpus; a tip
# below a confidence threshold takes the label its 15 nearest training tips vote for. Prints the
# model's load time and memory, the embedding time of a 1,000-character tip, and macro-F1 on the
# evaluation set for several thresholds. Needs the service compiled (./mvnw package -DskipTests).
#   tools/corpus/embedding-trial/run.sh
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
"$root/mvnw" -q -B -f "$here/pom.xml" dependency:build-classpath -Dmdep.outputFile="$here/target/classpath.txt"
classpath="$(cat "$here/target/classpath.txt"):$root/target/classes:$(ls "$root"/target/quarkus-app/lib/main/*.jar | tr '\n' ':')"
cd "$root"
java -Xmx2g -cp "$classpath" "$here/Trial.java" src/main/resources/classify/corpus.tsv tools/corpus/evaluation.tsv 2>&1 |
  grep -v -e '^SLF4J' -e 'SLF4JServiceProvider'
