# One image per service, built from the service's Quarkus fast-jar (target/quarkus-app), which
# `./mvnw -B package -DskipTests` produces. Build context: the service's module folder, e.g.
#   docker build -f deploy/service.Dockerfile -t southsouth/partner-service partner-service
# Layers go from least to most often changed, so a code change rebuilds only the last ones.
FROM registry.access.redhat.com/ubi9/openjdk-17-runtime:1.23

ENV LANGUAGE='en_US:en'

COPY --chown=185 target/quarkus-app/lib/ /deployments/lib/
COPY --chown=185 target/quarkus-app/*.jar /deployments/
COPY --chown=185 target/quarkus-app/app/ /deployments/app/
COPY --chown=185 target/quarkus-app/quarkus/ /deployments/quarkus/

EXPOSE 8080
USER 185
# Every setting comes from environment variables; the port is fixed inside the container.
ENV QUARKUS_HTTP_PORT=8080
ENV JAVA_OPTS_APPEND="-Djava.util.logging.manager=org.jboss.logmanager.LogManager -XX:MaxRAMPercentage=75"
ENV JAVA_APP_JAR="/deployments/quarkus-run.jar"
# Two glibc malloc arenas instead of one per allocating thread (8 per core): less resident memory, as ./platform runs.
ENV MALLOC_ARENA_MAX=2

ENTRYPOINT [ "/opt/jboss/container/java/run/run-java.sh" ]
