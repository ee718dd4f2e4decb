# Build on a JDK, run on a JRE as a non-root user.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY bot-core/pom.xml bot-core/
COPY knowledge-base/pom.xml knowledge-base/
COPY channels/pom.xml channels/
COPY bot-app/pom.xml bot-app/
# Dependencies first, so code changes do not download them again.
RUN ./mvnw -B -q -DskipTests dependency:go-offline || true
COPY . .
RUN ./mvnw -B -q -DskipTests package

FROM eclipse-temurin:17-jre
RUN apt-get update \
    && apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --create-home --home-dir /app dvcbot
WORKDIR /app
COPY --from=build /src/bot-app/target/dvc-bot.jar /app/dvc-bot.jar
USER dvcbot
ENV SERVER_PORT=8080
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD curl -fsS "http://127.0.0.1:${SERVER_PORT}/actuator/health/core" || exit 1
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/dvc-bot.jar"]
