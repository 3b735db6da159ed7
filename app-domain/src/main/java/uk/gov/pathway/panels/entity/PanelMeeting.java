package uk.gov.pathway.panels.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A meeting of a panel: when and where, its papers deadline, whether its agenda is published, its minutes. */
@Entity
@Table(name = "panel_meeting")
@NamedQuery(name = PanelMeeting.OF_PANEL_FROM, query = "SELECT m FROM PanelMeeting m WHERE m.panelCode = :panel"
        + " AND m.date >= :from ORDER BY m.date, m.id")
@NamedQuery(name = PanelMeeting.NOMINAL, query = "SELECT m FROM PanelMeeting m WHERE m.panelCode = :panel"
        + " AND m.nominalDate = :nominal")
@NamedQuery(name = PanelMeeting.OF_PANELS_FROM, query = "SELECT m FROM PanelMeeting m WHERE m.panelCode IN :panels"
        + " AND m.date >= :from ORDER BY m.date, m.id")
@NamedQuery(name = PanelMeeting.OF_PANELS, query = "SELECT m FROM PanelMeeting m WHERE m.panelCode IN :panels"
        + " ORDER BY m.date DESC, m.id DESC")
public class PanelMeeting {

    public static final String OF_PANEL_FROM = "PanelMeeting.ofPanelFrom";
    public static final String OF_PANELS_FROM = "PanelMeeting.ofPanelsFrom";
    public static final String OF_PANELS = "PanelMeeting.ofPanels";
    public static final String NOMINAL = "PanelMeeting.nominal";

    public enum Status { PLANNED, PUBLISHED, HELD }

    @Id
    @SequenceGenerator(name = "panel_meeting_seq", sequenceName = "panel_meeting_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "panel_meeting_seq")
    private Long id;

    @Column(name = "panel_code", nullable = false, length = 30)
    private String panelCode;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate date;

    @Column(name = "nominal_date")
    private LocalDate nominalDate;

    @Column(name = "meeting_time", nullable = false, length = 5)
    private String time;

    @Column(name = "place", nullable = false, length = 200)
    private String place;

    @Column(name = "papers_due", nullable = false)
    private LocalDate papersDue;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private Status status;

    @Column(name = "planned_by", nullable = false, length = 100)
    private String plannedBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "minutes", length = 20000)
    private String minutes;

    @Version
    private long version;

    protected PanelMeeting() {
    }

    public PanelMeeting(String panelCode, LocalDate date, LocalDate nominalDate, String time, String place,
                        LocalDate papersDue, String plannedBy) {
        if (time == null || !time.strip().matches("([01]\\d|2[0-3]):[0-5]\\d")) {
            throw new IllegalArgumentException("time must be written HH:MM (24 hours); got '" + time + "'");
        }
        if (place == null || place.isBlank() || place.strip().length() > 200) {
            throw new IllegalArgumentException("place is required (at most 200 characters)");
        }
        this.panelCode = panelCode;
        this.date = date;
        this.nominalDate = nominalDate;
        this.time = time.strip();
        this.place = place.strip();
        this.papersDue = papersDue;
        this.status = Status.PLANNED;
        this.plannedBy = plannedBy;
    }

    public void publish(Instant at) {
        if (status == Status.PLANNED) {
            status = Status.PUBLISHED;
            publishedAt = at;
        }
    }

    public void held() {
        status = Status.HELD;
    }

    public void minutes(String text) {
        if (text != null && text.length() > 20000) {
            throw new IllegalArgumentException("minutes are longer than 20000 characters");
        }
        this.minutes = text == null ? null : text.strip();
    }

    public Long id() {
        return id;
    }

    public String panelCode() {
        return panelCode;
    }

    public LocalDate date() {
        return date;
    }

    public LocalDate nominalDate() {
        return nominalDate;
    }

    public String time() {
        return time;
    }

    public String place() {
        return place;
    }

    public LocalDate papersDue() {
        return papersDue;
    }

    public Status status() {
        return status;
    }

    public String plannedBy() {
        return plannedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String minutes() {
        return minutes;
    }

    public long version() {
        return version;
    }
}
