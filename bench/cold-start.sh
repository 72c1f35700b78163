#!/usr/bin/env bash
# Cold start of the production jar (issue 12, goal 6): seconds from launching the JVM to the first answer of the demo
# barcamp's programme page, on an empty H2 database (so the demo data is written during the start), and whether that
# first answer already shows the published programme.
#
#   bench/cold-start.sh                 # plain `java -jar`; the documented start (Spring AOT and the JDK's AOT cache);
#                                       # the same with -XX:TieredStopAtLevel=1 (C1 only: a faster start, a slower server)
#   RUNS=3 bench/cold-start.sh          # more runs of each
#   MODES="aot" bench/cold-start.sh     # only some of the starts (plain, aot, aot-c1)
#   JAR=target/kogge-0.1.0-SNAPSHOT.jar # default; built with ./mvnw -Pproduction package -DskipTests if missing
#
# Needs a JDK 25 (AOT cache, JEP 483/514): JAVA, default /usr/lib/jvm/temurin-25-jdk-amd64/bin/java.
# The jar is built with Spring AOT (the production profile's process-aot), used with -Dspring.aot.enabled=true.
# The AOT cache is made by one training run that starts the app, opens the programme and stops it; it is valid only
# for this jar and this JDK, and is made again when the jar is newer than it.
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
JAR=${JAR:-target/kogge-0.1.0-SNAPSHOT.jar}
RUNS=${RUNS:-2}
MODES=${MODES:-plain aot aot-c1}
PORT=${PORT:-18089}
PAGE="http://127.0.0.1:$PORT/events/barcamp-smart-water/schedule"
WORK=target/cold-start
OPTS=(-Xmx1g -Dspring.jmx.enabled=false)
# C1 only: less compiling during the start, but the server never gets C2's code for its hot paths (bcrypt, rendering,
# JSON): a choice for a demo or a short-lived instance, not for the documented production start.
C1=(-XX:TieredStopAtLevel=1)
# The documented start: Spring's AOT-generated bean definitions (made at build time) instead of working them out.
SPRING_AOT=(-Dspring.aot.enabled=true)
JCMD=${JAVA%/java}/jcmd

[ -f "$JAR" ] || ./mvnw -B -Pproduction package -DskipTests
mkdir -p "$WORK"
# The AOT cache needs the classes on a plain class path: Spring Boot's extracted layout (a jar and lib/).
if [ ! -f "$WORK/app/kogge.jar" ] || [ "$JAR" -nt "$WORK/app/kogge.jar" ]; then
    rm -rf "$WORK/app"
    "$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$WORK/app" > /dev/null
    mv "$WORK/app/$(basename "$JAR")" "$WORK/app/kogge.jar"
fi

now() { date +%s.%N; }
TICKS=$(getconf CLK_TCK)
# Seconds (from the launch) of the first log line matching the pattern (grep -E), from the log's ISO timestamps.
at() {
    local stamp; stamp=$(grep -m1 -E "$2" "$1" | cut -c1-24) || true
    if [ -z "$stamp" ]; then echo "?"; else printf '%.2f' "$(echo "$(date -d "$stamp" +%s.%N) - $3" | bc)"; fi
}

# Starts the app with the given JVM options on a fresh data folder; prints the seconds to the first answer of the
# programme and whether it showed the published programme; stops the app.
measure() {
    local label=$1; shift
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$PORT/"; then
        echo "$label: something answers on port $PORT already; stop it or choose another PORT=" >&2; return 1
    fi
    local data; data=$(mktemp -d)
    local t0; t0=$(now)
    KOGGE_DATA_DIR=$data PORT=$PORT "$JAVA" "${OPTS[@]}" "$@" -jar "$WORK/app/kogge.jar" > "$WORK/$label.log" 2>&1 &
    local pid=$!
    local body=""
    until body=$(curl -sf --max-time 5 "$PAGE" 2>/dev/null); do
        if ! kill -0 $pid 2>/dev/null; then echo "$label: the app stopped, see $WORK/$label.log"; return 1; fi
        sleep 0.05
    done
    local t1; t1=$(now)
    # CPU seconds (user + system, all threads) the JVM used until the first answer.
    local cpu; cpu=$(awk -v t="$TICKS" '{printf "%.1f", ($14 + $15) / t}' /proc/$pid/stat)
    local state="programme published"
    if grep -q "noch nicht veröffentlicht" <<< "$body" || ! grep -q "Sensornetze im Abwasserkanal\|Starkregen" <<< "$body"; then
        state="programme NOT shown"
    fi
    local log="$WORK/$label.log"
    # CPU seconds by thread, from a thread dump at the first answer (threads that ended before are missing).
    local threads; threads=$("$JCMD" $pid Thread.print 2>/dev/null | awk '
        /^"/ && match($0, /cpu=[0-9.]+ms/) {
            ms = substr($0, RSTART + 4, RLENGTH - 6)
            if ($0 ~ /^"(main|DestroyJavaVM)"/) k = "main"; else if ($0 ~ /^"C2 Compiler/) k = "C2"
            else if ($0 ~ /^"C1 Compiler/) k = "C1"; else if ($0 ~ /^"(GC |G1 )/) k = "GC"; else k = "other"
            cpu[k] += ms / 1000 }
        END { printf "main %.1f, JIT C2 %.1f, C1 %.1f, GC %.1f, other threads %.1f", cpu["main"], cpu["C2"], cpu["C1"], cpu["GC"], cpu["other"] }') || true
    printf 'BENCH cold start, %-10s %5.2f s to the first answer of the programme (%s), %s s CPU, load %s\n' \
        "$label:" "$(echo "$t1 - $t0" | bc)" "$state" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)"
    # Phases, seconds since the launch: Spring's "Starting", Hibernate ready (built in the background), the demo
    # data's start and end, Tomcat accepting.
    printf '      phases: spring %s, hibernate %s, demo data %s to %s, tomcat %s, first answer %.2f\n' \
        "$(at "$log" 'Starting (AOT-processed )?KoggeApplication' "$t0")" "$(at "$log" 'Initialized JPA EntityManagerFactory' "$t0")" \
        "$(at "$log" 'Empty database: loading' "$t0")" \
        "$(at "$log" 'Demo data loaded' "$t0")" "$(at "$log" 'Tomcat started' "$t0")" "$(echo "$t1 - $t0" | bc)"
    # The demo's own CPU: its loading thread (the critical path; the sign-ups and the repositories run beside it) and
    # the whole JVM (with the JIT compilers) while it loaded; they jitter much less with load than the seconds.
    printf '      %s\n' "$(grep -o 'Demo data loaded in [^;]*' "$log" || echo 'demo data: no timing in the log')"
    printf '      CPU s by thread: %s\n' "${threads:-?}"
    kill $pid; wait $pid 2>/dev/null || true
    rm -rf "$data"
}

# One training run per cache (with the options it will run with: the cache also keeps the run's method profiles).
train() {
    local cache=$1; shift
    if [ ! -f "$cache" ] || [ "$WORK/app/kogge.jar" -nt "$cache" ]; then
        echo "Training run for $cache ..."
        measure training "$@" -XX:AOTCacheOutput="$cache" > /dev/null
        # The cache is written while the JVM exits: wait for it.
        for _ in $(seq 1 600); do [ -f "$cache" ] && break; sleep 0.1; done
    fi
}
has() { [[ " $MODES " == *" $1 "* ]]; }
if has aot; then train "$WORK/kogge.aot" "${SPRING_AOT[@]}"; fi
if has aot-c1; then train "$WORK/kogge-c1.aot" "${SPRING_AOT[@]}" "${C1[@]}"; fi

echo "load before: $(uptime)"
for i in $(seq 1 "$RUNS"); do
    if has plain; then measure plain; fi
    if has aot; then measure aot "${SPRING_AOT[@]}" -XX:AOTCache="$WORK/kogge.aot"; fi
    if has aot-c1; then measure aot-c1 "${SPRING_AOT[@]}" "${C1[@]}" -XX:AOTCache="$WORK/kogge-c1.aot"; fi
done
echo "load after:  $(uptime)"
