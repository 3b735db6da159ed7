package uk.gov.pathway.web.view.pupil;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.pathway.kernel.calendar.AcademicYear;
import uk.gov.pathway.kernel.calendar.SchoolCalendar;
import uk.gov.pathway.kernel.calendar.TermPeriod;

class TrendChartTest {

    private static final SchoolCalendar CALENDAR = SchoolCalendar.of(new AcademicYear("2025/26",
            LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31),
            List.of(new TermPeriod("Autumn 1", LocalDate.of(2025, 9, 3), LocalDate.of(2025, 10, 24)),
                    new TermPeriod("Autumn 2", LocalDate.of(2025, 11, 3), LocalDate.of(2025, 12, 19)),
                    new TermPeriod("Spring 1", LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 13))),
            Set.of(), Set.of()));

    private static List<TrendChart.Week> autumn() {
        return List.of(new TrendChart.Week(LocalDate.of(2025, 10, 13), new BigDecimal("100.0")),
                new TrendChart.Week(LocalDate.of(2025, 10, 20), new BigDecimal("80.0")),
                new TrendChart.Week(LocalDate.of(2025, 11, 3), null),
                new TrendChart.Week(LocalDate.of(2025, 11, 10), new BigDecimal("90.0")));
    }

    @Test
    void aPersonCanReadTheChartItsAxesThe90PercentLineAndTheHalfTerms() {
        String svg = TrendChart.svg(autumn(), CALENDAR, "Weekly attendance from 100.0% to 90.0%");

        assertThat(svg).contains("width=\"760\"", "role=\"img\"", "<title id=\"trend-chart-title\">",
                "Weekly attendance from 100.0% to 90.0%. The line at 90% is the persistent absence threshold");
        assertThat(svg).contains(">0%</text>", ">20%</text>", ">100%</text>", "90%: persistent absence below this");
        assertThat(svg).contains(">Nov 2025</text>", "School weeks");
        assertThat(svg).contains(">Autumn 1</text>", ">Autumn 2</text>").doesNotContain("Spring 1");
        assertThat(svg).contains("<title>Holiday from 25 Oct 2025 to 2 Nov 2025</title>");
    }

    @Test
    void eachWeekWithSessionsIsAPointNamedWithItsFigureAndAWeekWithoutIsLeftOut() {
        String svg = TrendChart.svg(autumn(), CALENDAR, "summary");

        assertThat(svg).contains("<title>Week of 13 Oct 2025: 100.0%</title>", "<title>Week of 20 Oct 2025: 80.0%</title>",
                "<title>Week of 10 Nov 2025: 90.0%</title>").doesNotContain("Week of 3 Nov 2025");
        // 90% sits on the 90% line, 100% on the top of the plot
        String ninety = String.format(java.util.Locale.ROOT, "%.1f", TrendChart.y(90));
        assertThat(svg).contains("class=\"pw-trend-target\" x1=\"52\" y1=\"" + ninety + "\"")
                .contains("cy=\"" + ninety + "\" r=\"3.5\"><title>Week of 10 Nov 2025")
                .contains("cy=\"34.0\" r=\"3.5\"><title>Week of 13 Oct 2025");
    }

    @Test
    void noWeeksNoChartAndTextIsEscaped() {
        assertThat(TrendChart.svg(List.of(), CALENDAR, "none")).isEmpty();
        assertThat(TrendChart.svg(autumn(), CALENDAR, "<b>&</b>")).contains("&lt;b&gt;&amp;&lt;/b&gt;");
    }
}
