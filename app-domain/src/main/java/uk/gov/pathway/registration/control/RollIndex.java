package uk.gov.pathway.registration.control;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who is on roll where, held in memory for one import: checking a county's marks row by row against the database
 * would take a query per row. About 100 bytes a pupil.
 */
public final class RollIndex {

    /** A pupil's id and their enrolments: school LAESTAB, first and last day (null while on roll). */
    public record Roll(long pupilId, List<Place> places) {
    }

    public record Place(String laestab, LocalDate start, LocalDate end) {
        boolean covers(LocalDate day) {
            return !day.isBefore(start) && (end == null || !day.isAfter(end));
        }
    }

    private final Map<String, Roll> byUpn;

    private RollIndex(Map<String, Roll> byUpn) {
        this.byUpn = byUpn;
    }

    public static RollIndex load(Connection connection) throws SQLException {
        Map<String, Roll> byUpn = new HashMap<>();
        String sql = "select p.upn, p.id, s.laestab, e.start_date, e.end_date from enrolment e"
                + " join pupil p on p.id = e.pupil_id join school s on s.id = e.school_id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(10_000);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Date end = rows.getDate(5);
                    Roll roll = byUpn.computeIfAbsent(rows.getString(1), upn -> new Roll(idOf(rows), new ArrayList<>()));
                    roll.places().add(new Place(rows.getString(3), rows.getDate(4).toLocalDate(),
                            end == null ? null : end.toLocalDate()));
                }
            }
        }
        return new RollIndex(byUpn);
    }

    /** A roll held in memory only (a reader's tests): each pupil by UPN. */
    public static RollIndex of(Map<String, Roll> byUpn) {
        return new RollIndex(new HashMap<>(byUpn));
    }

    private static long idOf(ResultSet rows) {
        try {
            return rows.getLong(2);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public Roll roll(String upn) {
        return byUpn.get(upn);
    }

    /** The pupil's id when they were on roll at the school on the day; -1 when not. */
    public long pupilOnRoll(Roll roll, String laestab, LocalDate day) {
        for (Place place : roll.places()) {
            if (place.laestab().equals(laestab) && place.covers(day)) {
                return roll.pupilId();
            }
        }
        return -1;
    }

    public int pupils() {
        return byUpn.size();
    }
}
