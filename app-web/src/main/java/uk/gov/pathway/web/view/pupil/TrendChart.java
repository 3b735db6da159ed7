package uk.gov.pathway.web.view.pupil;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.TermPeriod;

/**
 * The pupil profile's trend chart as server-rendered SVG (no script): each school week's attendance on a 0 to 100%
 * axis against the calendar, the 90% line (below it a pupil is persistently absent), the half terms named along the
 * top and the holidays between them shaded. The register table under it gives every week's figure in text.
 */
public final class TrendChart {

    /** One school week: its Monday and its attendance (null when it had no possible sessions). */
    public record Week(LocalDate monday, BigDecimal percent) {
    }

    static final int WIDTH = 760;
    static final int HEIGHT = 300;
    static final int LEFT = 52;
    static final int RIGHT = 16;
    static final int TOP = 34;
    static final int BOTTOM = 40;
    static final int PERSISTENT_ABSENCE_LINE = 90;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.UK);

    private final List<Week> weeks;
    private final List<TermPeriod> halfTerms;
    private final LocalDate from;
    private final LocalDate to;

    private TrendChart(List<Week> weeks, List<TermPeriod> halfTerms) {
        this.weeks = weeks;
        this.halfTerms = halfTerms;
        this.from = weeks.get(0).monday();
        this.to = weeks.get(weeks.size() - 1).monday().plusDays(7);
    }

    /** The chart of these weeks (oldest first) on the council's calendar; an empty string when there are none. */
    public static String svg(List<Week> weeks, SchoolCalendar calendar, String summary) {
        if (weeks.isEmpty()) {
            return "";
        }
        List<TermPeriod> periods = calendar.academicYears().stream().map(AcademicYear::periods)
                .flatMap(List::stream).sorted(java.util.Comparator.comparing(TermPeriod::start)).toList();
        return new TrendChart(weeks, periods).render(summary);
    }

    private double x(LocalDate day) {
        long span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        return LEFT + (WIDTH - LEFT - RIGHT) * (double) ChronoUnit.DAYS.between(from, day) / span;
    }

    static double y(double percent) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (100 - percent) / 100;
    }

    private static String n(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private LocalDate clamp(LocalDate day) {
        return day.isBefore(from) ? from : day.isAfter(to) ? to : day;
    }

    private String render(String summary) {
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"pw-trend\" role=\"img\"")
                .append(" aria-labelledby=\"trend-chart-title trend-chart-desc\" width=\"").append(WIDTH)
                .append("\" height=\"").append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\">");
        svg.append("<title id=\"trend-chart-title\">Attendance by school week</title>");
        svg.append("<desc id=\"trend-chart-desc\">").append(escape(summary)).append(". The line at 90% is the")
                .append(" persistent absence threshold; shaded bands are school holidays.</desc>");
        holidaysAndHalfTerms(svg);
        yAxis(svg);
        xAxis(svg);
        line(svg);
        svg.append("</svg>");
        return svg.toString();
    }

    private void holidaysAndHalfTerms(StringBuilder svg) {
        for (int i = 0; i < halfTerms.size(); i++) {
            TermPeriod term = halfTerms.get(i);
            if (!term.end().isBefore(from) && term.start().isBefore(to)) {
                double left = x(clamp(term.start()));
                double right = x(clamp(term.end().plusDays(1)));
                if (right - left > 40) {
                    svg.append("<text class=\"pw-trend-term\" x=\"").append(n((left + right) / 2)).append("\" y=\"")
                            .append(TOP - 10).append("\" text-anchor=\"middle\">").append(escape(term.name()))
                            .append("</text>");
                }
            }
            if (i + 1 < halfTerms.size()) {
                LocalDate breakStart = term.end().plusDays(1);
                LocalDate breakEnd = halfTerms.get(i + 1).start();
                if (breakStart.isBefore(breakEnd) && breakStart.isBefore(to) && breakEnd.isAfter(from)) {
                    double left = x(clamp(breakStart));
                    double right = x(clamp(breakEnd));
                    svg.append("<rect class=\"pw-trend-holiday\" x=\"").append(n(left)).append("\" y=\"").append(TOP)
                            .append("\" width=\"").append(n(right - left)).append("\" height=\"")
                            .append(HEIGHT - TOP - BOTTOM).append("\"><title>Holiday from ")
                            .append(DAY.format(breakStart)).append(" to ").append(DAY.format(breakEnd.minusDays(1)))
                            .append("</title></rect>");
                }
            }
        }
    }

    private void yAxis(StringBuilder svg) {
        for (int percent = 0; percent <= 100; percent += 20) {
            double y = y(percent);
            svg.append("<line class=\"pw-trend-grid\" x1=\"").append(LEFT).append("\" y1=\"").append(n(y))
                    .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(n(y)).append("\"/>");
            svg.append("<text class=\"pw-trend-label\" x=\"").append(LEFT - 6).append("\" y=\"").append(n(y + 4))
                    .append("\" text-anchor=\"end\">").append(percent).append("%</text>");
        }
        double target = y(PERSISTENT_ABSENCE_LINE);
        svg.append("<line class=\"pw-trend-target\" x1=\"").append(LEFT).append("\" y1=\"").append(n(target))
                .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(n(target)).append("\"/>");
        // its key sits below the plot, where no week's point can cover it
        int key = WIDTH - RIGHT - 250;
        svg.append("<line class=\"pw-trend-target\" x1=\"").append(key).append("\" y1=\"").append(HEIGHT - 10)
                .append("\" x2=\"").append(key + 24).append("\" y2=\"").append(HEIGHT - 10).append("\"/>");
        svg.append("<text class=\"pw-trend-target-label\" x=\"").append(key + 30).append("\" y=\"")
                .append(HEIGHT - 6).append("\">90%: persistent absence below this</text>");
        svg.append("<line class=\"pw-trend-axis\" x1=\"").append(LEFT).append("\" y1=\"").append(TOP)
                .append("\" x2=\"").append(LEFT).append("\" y2=\"").append(HEIGHT - BOTTOM).append("\"/>");
    }

    private void xAxis(StringBuilder svg) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<line class=\"pw-trend-axis\" x1=\"").append(LEFT).append("\" y1=\"").append(bottom)
                .append("\" x2=\"").append(WIDTH - RIGHT).append("\" y2=\"").append(bottom).append("\"/>");
        LocalDate first = from.withDayOfMonth(1).plusMonths(from.getDayOfMonth() == 1 ? 0 : 1);
        for (LocalDate month = first; month.isBefore(to); month = month.plusMonths(1)) {
            double x = x(month);
            svg.append("<line class=\"pw-trend-axis\" x1=\"").append(n(x)).append("\" y1=\"").append(bottom)
                    .append("\" x2=\"").append(n(x)).append("\" y2=\"").append(bottom + 5).append("\"/>");
            svg.append("<text class=\"pw-trend-label\" x=\"").append(n(x)).append("\" y=\"").append(bottom + 18)
                    .append("\" text-anchor=\"middle\">").append(MONTH.format(month))
                    .append(month.equals(first) || month.getMonthValue() == 1 ? " " + month.getYear() : "")
                    .append("</text>");
        }
        svg.append("<text class=\"pw-trend-label\" x=\"").append(LEFT).append("\" y=\"")
                .append(HEIGHT - 6).append("\">School weeks, each point a week's attendance</text>");
    }

    private void line(StringBuilder svg) {
        List<String> points = new ArrayList<>();
        StringBuilder dots = new StringBuilder();
        for (Week week : weeks) {
            if (week.percent() == null) {
                continue;
            }
            double x = x(week.monday().plusDays(2));
            double y = y(week.percent().doubleValue());
            points.add(n(x) + "," + n(y));
            dots.append("<circle class=\"pw-trend-point\" cx=\"").append(n(x)).append("\" cy=\"").append(n(y))
                    .append("\" r=\"3.5\"><title>Week of ").append(DAY.format(week.monday())).append(": ")
                    .append(week.percent().toPlainString()).append("%</title></circle>");
        }
        svg.append("<polyline class=\"pw-trend-line\" points=\"").append(String.join(" ", points)).append("\"/>");
        svg.append(dots);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
