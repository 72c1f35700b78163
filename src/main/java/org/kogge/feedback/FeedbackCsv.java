package org.kogge.feedback;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kogge.common.CsvCells;
import org.kogge.common.ExcelCsv;
import org.kogge.proposal.SessionSummary;

/**
 * An event's session feedback as CSV for Excel, one row per session that has any: title, hosts, how many answered,
 * and for a session with {@link FeedbackService#MIN_SHOWN} answers or more the average, the count of each rating and
 * the comments (best rated first, one per line of the cell); fewer answers are counted only, as on the session page.
 * Sessions with the best average come first. Cells people typed are neutralized for spreadsheets.
 */
final class FeedbackCsv {

    private FeedbackCsv() {
    }

    static byte[] write(List<SessionFeedback> all, Map<Long, SessionSummary> sessions, Locale locale,
                        Function<String, String> translate) {
        NumberFormat oneDecimal = NumberFormat.getNumberInstance(locale);
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        Map<Long, List<SessionFeedback>> bySession = all.stream()
                .collect(Collectors.groupingBy(SessionFeedback::getSessionId));
        List<Row> rows = new ArrayList<>();
        bySession.forEach((id, answers) -> {
            SessionSummary s = sessions.get(id);
            rows.add(new Row(s == null ? "" : s.title(), s == null ? "" : String.join(", ", s.hostNames()), answers,
                    answers.size() >= FeedbackService.MIN_SHOWN
                            ? answers.stream().mapToInt(SessionFeedback::getRating).average().orElse(0) : -1));
        });
        rows.sort(Comparator.comparingDouble(Row::average).reversed().thenComparing(Row::title));
        return ExcelCsv.write(csv -> {
            csv.printRecord(translate.apply("feedback.csv.session"), translate.apply("feedback.csv.hosts"),
                    translate.apply("feedback.csv.answers"), translate.apply("feedback.csv.average"),
                    "5", "4", "3", "2", "1", translate.apply("feedback.csv.comments"));
            for (Row r : rows) {
                List<String> cells = new ArrayList<>(List.of(CsvCells.safe(r.title()), CsvCells.safe(r.hosts()),
                        String.valueOf(r.answers().size())));
                if (r.average() < 0) {
                    cells.addAll(List.of("", "", "", "", "", "", new MessageFormat(translate.apply("feedback.csv.too-few"),
                            locale).format(new Object[] {FeedbackService.MIN_SHOWN})));
                } else {
                    cells.add(oneDecimal.format(r.average()));
                    for (int rating = 5; rating >= 1; rating--) {
                        int wanted = rating;
                        cells.add(String.valueOf(r.answers().stream().filter(f -> f.getRating() == wanted).count()));
                    }
                    cells.add(CsvCells.safe(r.answers().stream().filter(f -> f.getComment() != null)
                            .sorted(Comparator.comparingInt(SessionFeedback::getRating).reversed()
                                    .thenComparing(SessionFeedback::getComment))
                            // Each comment on a line of its own, each neutralized: no line starts a formula.
                            .map(f -> CsvCells.safe(f.getComment())).collect(Collectors.joining("\n"))));
                }
                csv.printRecord(cells);
            }
        });
    }

    /** One session's answers; {@code average} is -1 while too few answered to show it. */
    private record Row(String title, String hosts, List<SessionFeedback> answers, double average) {
    }
}
